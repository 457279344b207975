import Testing

@testable import LOBKit

@MainActor
struct CareerDocumentShowTests {
    @Test func theJourneyIsShownInOrderWithReflectionsConversationsAndItems() throws {
        let school = try CareerDocumentTestSchool()
        try school.school.save(
            Participation(
                activityCode: "STUDIE-4", studentNumber: "1001", date: try ParticipationTestSchool.date("2026-10-01"),
                status: .participated, intendedGoals: "Weten wat bij me past", results: "Uitslag: zorg en onderwijs"),
            Participation(
                activityCode: "OD-HAN", studentNumber: "1001", date: try ParticipationTestSchool.date("2026-11-14"),
                status: .absent))
        _ = try school.addConversation()
        try school.test.output("verplichting nieuw --schooltype havo --leerjaar 4 --soort open-dag --minimaal 1")
        try school.test.output("dossier item 1001 --soort certificaat --omschrijving EHBO-diploma --datum 2025-06-01")
        let shown = try school.test.output("dossier toon 1001")
        #expect(shown.hasPrefix("Loopbaandossier van Zoë Jansen\n"))
        #expect(shown.contains("leerlingnummer 1001 · klas H4A · havo, leerjaar 4"))
        let order = [
            "Schooljaar 2024-2025", "2025-06-01  Certificaat: EHBO-diploma", "Schooljaar 2026-2027",
            "2026-10-01  Activiteit: Studiekeuzetest (STUDIE-4, test)", "Beoogde doelen: Weten wat bij me past",
            "Resultaten: Uitslag: zorg en onderwijs", "2026-10-20  Gesprek: loopbaangesprek met mentor J. de Vries",
            "Verslag: " + CareerDocumentTestSchool.report,
            "Afspraak: Open dag HAN bezoeken (door leerling, voor 2026-12-15)", "Inspanningsverplichting 2026-2027",
            "Nog te doen: nog 1 open dag.",
        ]
        var rest = Substring(shown)
        for part in order {
            let range = try #require(rest.range(of: part), "\(part) missing or out of order in:\n\(shown)")
            rest = rest[range.upperBound...]
        }
        #expect(!shown.contains("OD-HAN"), "a missed activity is not part of the journey")
    }

    @Test func aStudentWithNothingGetsAShortHonestDocument() throws {
        let school = try CareerDocumentTestSchool()
        let shown = try school.test.output("dossier toon 1004")
        #expect(shown.contains("Nog niets vastgelegd"))
        #expect(!shown.contains("Schooljaar"))
    }

    @Test func anUnknownStudentIsNamedWithTheNearestNumber() throws {
        let school = try CareerDocumentTestSchool()
        let result = school.test.run("dossier toon 1005")
        #expect(result.error?.message.key == .participationUnknownStudentSuggest)
        #expect(result.diagnostics.contains("1005"))
    }

    @Test func theDocumentIsInEnglishToo() throws {
        let test = try TestSession(demo: true, language: .english)
        let shown = try test.output("dossier toon 1521")
        #expect(shown.hasPrefix("Career document of Levi Arslan"))
        #expect(shown.contains("This document holds only what is shared with the student."))
    }
}
