import Foundation
import Testing

@testable import LOBKit

@MainActor
struct ParticipationRegisterTests {
    @Test func registersSeveralStudentsAtOnce() throws {
        let school = try ParticipationTestSchool()
        let output = try school.test.output("deelname registreer OD-HAN 1001 1002 --datum 14-11-2026")
        #expect(output == "OD-HAN op 2026-11-14 (deelgenomen): 2 nieuw, 0 stonden er al\n")
        let date = try ParticipationTestSchool.date("2026-11-14")
        #expect(
            try school.participations() == [
                Participation(activityCode: "OD-HAN", studentNumber: "1001", date: date, status: .participated),
                Participation(activityCode: "OD-HAN", studentNumber: "1002", date: date, status: .participated),
            ])
    }

    @Test func theDateDefaultsToTodayAndTheCodeToTheCataloguesSpelling() throws {
        let school = try ParticipationTestSchool()
        try school.test.output("deelname registreer od-han 1003 --status aangemeld")
        let participation = try #require(try school.participations().first)
        #expect(participation.date == (try ParticipationTestSchool.date("2026-11-29")))
        #expect(participation.activityCode == "OD-HAN")
        #expect(participation.status == .signedUp)
    }

    @Test func takesTheNumbersFromAPipelineAndFromTheArguments() throws {
        let school = try ParticipationTestSchool()
        let output = try school.test.output(
            "leerling lijst --klas H4A | deelname registreer OD-HAN 1003 --datum 2026-11-14")
        #expect(output == "OD-HAN op 2026-11-14 (deelgenomen): 3 nieuw, 0 stonden er al\n")
        #expect(try school.participations().map(\.studentNumber).sorted() == ["1001", "1002", "1003"])
    }

    @Test func registeringTwiceDoesNotDoubleAndSaysWhatWasThere() throws {
        let school = try ParticipationTestSchool()
        try school.test.output("deelname registreer OD-HAN 1001 --datum 2026-11-14")
        let output = try school.test.output("deelname registreer OD-HAN 1001 1002 1001 --datum 2026-11-14")
        #expect(output == "OD-HAN op 2026-11-14 (deelgenomen): 1 nieuw, 1 stonden er al\n")
        #expect(try school.participations().count == 2)
    }

    @Test func registeringAgainKeepsTheReflectionAndOnlyAnExplicitStatusChangesOne() throws {
        let school = try ParticipationTestSchool()
        let date = try ParticipationTestSchool.date("2026-11-14")
        try school.save(
            Participation(
                activityCode: "OD-HAN", studentNumber: "1001", date: date, status: .absent, results: "Ziek thuis"))
        try school.test.output("deelname registreer OD-HAN 1001 --datum 2026-11-14")
        #expect(try school.participations().first?.status == .absent)
        let output = try school.test.output(
            "deelname registreer OD-HAN 1001 --datum 2026-11-14 --status deelgenomen")
        #expect(
            output
                == "OD-HAN op 2026-11-14 (deelgenomen): 0 nieuw, 1 stonden er al\n"
                + "bij 1 die er al stonden is de status gewijzigd in deelgenomen\n")
        let participation = try #require(try school.participations().first)
        #expect(participation.status == .participated)
        #expect(participation.results == "Ziek thuis")
    }

    @Test func anUnknownCodeIsNamedWithASuggestionAndNothingIsWritten() throws {
        let school = try ParticipationTestSchool()
        let result = school.test.run("deelname registreer OD-HNA 1001 1002")
        #expect(result.error?.kind == .failed)
        #expect(result.error?.message == Message(.participationUnknownActivitySuggest, "OD-HNA", "OD-HAN"))
        #expect(try school.participations().isEmpty)
    }

    @Test func unknownNumbersAreNamedWithSuggestionsAndNothingIsWritten() throws {
        let school = try ParticipationTestSchool()
        let result = school.test.run("deelname registreer OD-HAN 1001 1O02 7777")
        #expect(result.error?.kind == .failed)
        #expect(result.error?.message == Message(.participationUnknownStudentSuggest, "1O02", "1002 (Sem Bos, H4A)"))
        #expect(result.error?.details == [Message(.unknownStudent, "7777"), Message(.participationNothingRegistered)])
        #expect(result.diagnostics.contains("test.lob:1:33: fout: er is geen leerling met nummer 1O02"))
        #expect(try school.participations().isEmpty)
    }

    @Test func anActivityNotMeantForAStudentIsRegisteredWithANotice() throws {
        let school = try ParticipationTestSchool()
        let result = school.test.run("deelname registreer OD-HAN 1004 1001 --datum 2026-11-14")
        #expect(result.error == nil)
        #expect(
            result.diagnostics
                == "let op: OD-HAN is bedoeld voor havo, vwo in leerjaar 4, 5, 6, niet voor 1004 Daan Vos (vmbo-tl 3)\n"
        )
        #expect(try school.participations().count == 2)
    }

    @Test func withoutStudentsItSaysHowToGiveThem() throws {
        let school = try ParticipationTestSchool()
        #expect(school.test.run("deelname registreer OD-HAN").error?.kind == .usage)
        let empty = school.test.run("leerling lijst --klas X9Z | deelname registreer OD-HAN")
        #expect(empty.error?.message == Message(.participationInputEmpty))
        let wrongTable = school.test.run("vestiging lijst | deelname registreer OD-HAN")
        #expect(wrongTable.error?.kind == .usage)
        #expect(wrongTable.diagnostics.contains("de kolom leerlingnummer"))
    }

    @Test func aWholeClassOfTheDemoSchoolThroughThePipeline() throws {
        let test = try TestSession(demo: true)
        let date = try ParticipationTestSchool.date("2026-11-14")
        let classSize = try test.output("leerling lijst --klas H4A | aantal").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let output = try test.output("leerling lijst --klas H4A | deelname registreer OD-HAN --datum 2026-11-14")
        #expect(output.hasPrefix("OD-HAN op 2026-11-14 (deelgenomen): "))
        let registered = try test.session.store().transaction { store throws(LOBError) in
            try store.participations(ParticipationQuery(activityCode: "OD-HAN", from: date, until: date))
        }
        #expect(String(registered.count) == classSize)
        #expect(registered.allSatisfy { $0.status == .participated })
    }
}
