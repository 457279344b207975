import Testing

@testable import LOBKit

@MainActor
struct ParticipationReflectionTests {
    @Test func fillsInOnlyTheFieldsGiven() throws {
        let school = try ParticipationTestSchool()
        try school.test.output("deelname registreer STUDIE-4 1001 --datum 2026-10-01")
        let output = try school.test.output(
            "deelname reflectie STUDIE-4 1001 --beoogde-doelen \"Weten wat bij me past\" --resultaten \"Zorg en techniek\""
        )
        #expect(
            output
                == "reflectie bij STUDIE-4 van 1001 (Zoë Jansen, H4A) op 2026-10-01 vastgelegd: beoogde-doelen, resultaten\n"
        )
        try school.test.output("deelname reflectie studie-4 1001 --evaluation \"Klopt wel\" --resultaten \"Techniek\"")
        let participation = try #require(try school.participations().first)
        #expect(participation.intendedGoals == "Weten wat bij me past")
        #expect(participation.results == "Techniek")
        #expect(participation.evaluation == "Klopt wel")
        #expect(participation.followUp == "")
        #expect(participation.status == .participated)
    }

    @Test func withSeveralDatesItAsksForOneAndThenChangesOnlyThatOne() throws {
        let school = try ParticipationTestSchool()
        try school.test.output("deelname registreer OD-HAN 1002 --datum 2026-10-10")
        try school.test.output("deelname registreer OD-HAN 1002 --datum 2026-11-14")
        let result = school.test.run("deelname reflectie OD-HAN 1002 --evaluatie \"Te groot\"")
        #expect(result.error?.kind == .usage)
        #expect(
            result.error?.message
                == Message(.participationSeveralDates, "1002 (Sem Bos, H4A)", "2", "OD-HAN", "2026-10-10, 2026-11-14"))
        try school.test.output("deelname reflectie OD-HAN 1002 --datum 14-11-2026 --evaluatie \"Te groot\"")
        #expect(try school.participations().map(\.evaluation) == ["", "Te groot"])
    }

    @Test func withoutAParticipationItSaysHowToRegisterOne() throws {
        let school = try ParticipationTestSchool()
        let result = school.test.run("deelname reflectie OD-HAN 1003 --resultaten x")
        #expect(result.error?.kind == .failed)
        #expect(result.error?.message == Message(.participationNone, "1003", "OD-HAN"))
        #expect(result.diagnostics.contains("deelname registreer OD-HAN 1003"))
    }

    @Test func aDateWithoutAParticipationListsTheDatesThatHaveOne() throws {
        let school = try ParticipationTestSchool()
        try school.test.output("deelname registreer OD-HAN 1003 --datum 2026-10-10")
        let result = school.test.run("deelname reflectie OD-HAN 1003 --datum 2026-10-11 --resultaten x")
        #expect(
            result.error?.message
                == Message(.participationNoneOnDate, "1003 (Eva Kok, H4B)", "OD-HAN", "2026-10-11", "2026-10-10"))
        #expect(try school.participations().first?.results == "")
    }

    @Test func unknownCodesAndNumbersGetASuggestion() throws {
        let school = try ParticipationTestSchool()
        #expect(
            school.test.run("deelname reflectie STUDIE4 1001 --resultaten x").error?.message
                == Message(.participationUnknownActivitySuggest, "STUDIE4", "STUDIE-4"))
        #expect(
            school.test.run("deelname reflectie STUDIE-4 10001 --resultaten x").error?.message
                == Message(.participationUnknownStudentSuggest, "10001", "1001 (Zoë Jansen, H4A)"))
    }

    @Test func withoutFieldsItShowsTheReflection() throws {
        let school = try ParticipationTestSchool()
        try school.test.output("deelname registreer STUDIE-4 1001 --datum 2026-10-01")
        try school.test.output("deelname reflectie STUDIE-4 1001 --vervolgactiviteiten \"Meeloopdag\"")
        let json = try school.test.output("deelname reflectie STUDIE-4 1001 | naar json")
        #expect(json.contains("\"vervolgactiviteiten\": \"Meeloopdag\""))
        #expect(json.contains("\"beoogde-doelen\": null"))
    }

    @Test func aReflectionOnAnAbsenceIsRecordedWithANotice() throws {
        let school = try ParticipationTestSchool()
        try school.test.output("deelname registreer STUDIE-4 1001 --datum 2026-10-01 --status afwezig")
        let result = school.test.run("deelname reflectie STUDIE-4 1001 --resultaten \"Ingehaald op 8 oktober\"")
        #expect(result.error == nil)
        #expect(result.diagnostics == "let op: deze deelname heeft de status afwezig\n")
    }

    @Test func deelbaarMarksTheReflectionForTheReportAndNietDeelbaarTakesItBack() throws {
        let school = try ParticipationTestSchool()
        try school.test.output("deelname registreer STUDIE-4 1001 --datum 2026-10-01")
        let empty = school.test.run("deelname reflectie STUDIE-4 1001 --deelbaar")
        #expect(empty.error?.message == Message(.participationShareableEmpty, "STUDIE-4", "1001 (Zoë Jansen, H4A)"))
        #expect(try school.participations().first?.shareable == false)
        let output = try school.test.output("deelname reflectie STUDIE-4 1001 --evaluatie \"Leuk\" --deelbaar")
        #expect(
            output
                == "reflectie bij STUDIE-4 van 1001 (Zoë Jansen, H4A) op 2026-10-01 vastgelegd: evaluatie, deelbaar\n")
        #expect(try school.participations().first?.shareable == true)
        // Changing a field keeps the mark; showing the reflection shows it.
        try school.test.output("deelname reflectie STUDIE-4 1001 --resultaten \"Test gemaakt\"")
        #expect(try school.participations().first?.shareable == true)
        let shown = try school.test.output("deelname reflectie STUDIE-4 1001").split(separator: "\n")
        #expect(shown.contains { $0.hasPrefix("deelbaar:") && $0.hasSuffix(" ja") })
        try school.test.output("deelname reflectie STUDIE-4 1001 --niet-deelbaar")
        #expect(try school.participations().first?.shareable == false)
        let both = school.test.run("deelname reflectie STUDIE-4 1001 --deelbaar --niet-deelbaar")
        #expect(both.error?.kind == .usage)
        #expect(both.error?.message == Message(.participationShareableBoth))
    }
}
