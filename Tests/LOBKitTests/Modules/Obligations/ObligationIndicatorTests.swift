import Testing

@testable import LOBKit

@MainActor
struct ObligationIndicatorTests {
    private func measure(
        _ test: TestSession, _ year: String, today: String = "2026-11-29"
    ) throws -> IndicatorValue {
        let schoolYear = try #require(SchoolYear(parsing: year))
        let day = try #require(LOBDate(parsing: today))
        let indicator = ObligationIndicator(today: { day })
        return try test.session.store().transaction { store throws(LOBError) in
            try indicator.measure(in: store, schoolYear: schoolYear)
        }
    }

    private func value(_ dutch: String, _ english: String, _ inOrder: Bool?) -> IndicatorValue {
        .value(Localized(nl: dutch, en: english), inOrder: inOrder)
    }

    @Test func theModuleGivesB3ItsIndicator() throws {
        let registry = try CommandRegistry(modules: BuiltinModules.all)
        let indicator = try #require(registry.indicators.first { $0.id == "verplichting.op-schema" })
        #expect(indicator.norms == ["B3"])
    }

    @Test func anEmptyStoreHasNoData() throws {
        #expect(try measure(TestSession(demo: false), "2026-2027") == .noData)
    }

    @Test func studentsButNoRulesHaveNoData() throws {
        let school = try ObligationTestSchool()
        try school.participated("5001", "OD-A", on: "2026-10-01")
        #expect(try measure(school.test, "2026-2027") == .noData)
    }

    @Test func aSchoolYearThatHasNotBegunHasNoData() throws {
        let school = try ObligationTestSchool()
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 2")
        #expect(try measure(school.test, "2027-2028") == .noData)
    }

    @Test func theShareOnScheduleIsInOrderFromEightyPercent() throws {
        let school = try ObligationTestSchool()
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 2")
        try school.output("verplichting nieuw --schooltype vwo --leerjaar 6 --soort open-dag --minimaal 2")
        // On 1 February one of two open days is due: Anna and Daan have it, Bram and Cem do not.
        try school.participated("5001", "OD-A", on: "2026-10-01")
        try school.participated("6001", "OD-C", on: "2026-10-01")
        #expect(
            try measure(school.test, "2026-2027", today: "2027-02-01")
                == value(
                    "regels voor 2 groepen; 50% van de leerlingen op schema",
                    "rules for 2 groups; 50% of the students on track", false))
        try school.participated("5002", "OD-B", on: "2026-10-01")
        try school.participated("5003", "OD-B", on: "2026-10-01")
        #expect(
            try measure(school.test, "2026-2027", today: "2027-02-01")
                == value(
                    "regels voor 2 groepen; 100% van de leerlingen op schema",
                    "rules for 2 groups; 100% of the students on track", true))
    }

    @Test func aPastSchoolYearIsMeasuredOnItsLastDay() throws {
        let school = try ObligationTestSchool()
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 1")
        for (number, date) in [("5001", "2026-03-01"), ("5002", "2026-07-31"), ("5003", "2026-08-01")] {
            try school.participated(number, "OD-A", on: date)
        }
        #expect(
            try measure(school.test, "2025-2026")
                == value(
                    "regels voor 1 groep; 67% van de leerlingen op schema",
                    "rules for 1 group; 67% of the students on track", false))
    }

    @Test func rulesForGroupsWithoutStudentsSaySo() throws {
        let school = try ObligationTestSchool()
        try school.output("verplichting nieuw --schooltype vwo --leerjaar 5 --soort open-dag --minimaal 1")
        #expect(
            try measure(school.test, "2026-2027")
                == value(
                    "regels voor 1 groep; geen leerlingen in die groepen",
                    "rules for 1 group; no students in those groups",
                    nil))
    }

    @Test func agendaShowsItUnderB3() throws {
        let test = try TestSession(demo: true)
        #expect(
            try test.output("agenda toon B3").contains(
                "Leerlingen op schema met hun inspanningsverplichting: regels voor 15 groepen;"))
    }
}
