import Testing

@testable import LOBKit

@MainActor
struct CareerDocumentIndicatorTests {
    private func measure(_ school: CareerDocumentTestSchool, _ startYear: Int = 2026) throws -> IndicatorValue {
        try school.test.session.store().transaction { store throws(LOBError) in
            try CareerDocumentIndicator().measure(in: store, schoolYear: SchoolYear(validStartYear: startYear))
        }
    }

    @Test func withoutParticipationsOrItemsThereIsNoData() throws {
        let school = try CareerDocumentTestSchool()
        #expect(try measure(school) == .noData)
    }

    @Test func theShareCountsReflectionsAndItemsNotBareParticipations() throws {
        let school = try CareerDocumentTestSchool()
        try school.school.save(
            Participation(
                activityCode: "STUDIE-4", studentNumber: "1001", date: try ParticipationTestSchool.date("2026-10-01"),
                status: .participated, evaluation: "Leerzaam"),
            Participation(
                activityCode: "STUDIE-4", studentNumber: "1002", date: try ParticipationTestSchool.date("2026-10-01"),
                status: .participated))
        try school.test.output("dossier item 1003 --soort rol --omschrijving Leerlingenraad --datum 2026-09-01")
        let message = Message(.dossierIndicatorValue, "50", "2", "4")
        #expect(
            try measure(school)
                == .value(Localized(nl: message.text(.dutch), en: message.text(.english)), inOrder: false))
        try school.test.output(
            """
            dossier item 1002 --soort certificaat --omschrijving EHBO --datum 2026-09-01
            dossier item 1004 --soort stage --omschrijving Garage --datum 2026-09-01
            """)
        guard case .value(let text, let inOrder) = try measure(school) else {
            Issue.record("expected a value")
            return
        }
        #expect(text.dutch.hasPrefix("100% van de leerlingen"))
        #expect(inOrder == true)
    }

    @Test func aPastYearCountsOnlyWhatWasThereByItsEnd() throws {
        let school = try CareerDocumentTestSchool()
        try school.test.output("dossier item 1003 --soort rol --omschrijving Leerlingenraad --datum 2026-09-01")
        #expect(try measure(school, 2025) == .noData)
    }

    @Test func theIndicatorIsRegisteredForA4() throws {
        let test = try TestSession(demo: true)
        let indicator = try #require(test.session.registry.indicators.first { $0.id == "dossier.met-reflecties" })
        #expect(indicator.norms == ["A4"])
        #expect(try test.output("agenda toon A4").contains("reflectie of item in het loopbaandossier"))
    }
}
