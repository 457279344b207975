import Testing

@testable import LOBKit

@MainActor
struct StaffTrainingAddTests {
    private let base =
        "team scholing \"J. de Vries\" --titel \"Het loopbaangesprek\" --aanbieder \"Expertisepunt LOB\""

    @Test func aTrainingIsRecordedOnceWithItsSubjects() throws {
        let school = try StaffTestSchool("team nieuw \"J. de Vries\" --rol mentor")
        let line = base + " --datum 12-10-2026 --uren 2,5 --onderwerp keuzebegeleiding --onderwerp loopbaangesprekken"
        #expect(
            try school.test.output(line)
                == "scholing 'Het loopbaangesprek' van J. de Vries op 2026-10-12 vastgelegd (2.5 uur; loopbaangesprekken, keuzebegeleiding)\n"
        )
        #expect(
            try school.test.output(line)
                == "scholing 'Het loopbaangesprek' van J. de Vries op 2026-10-12 stond er al\n")
        #expect(
            try school.csv("team scholingen")
                == """
                naam,datum,titel,aanbieder,uren,onderwerpen
                J. de Vries,2026-10-12,Het loopbaangesprek,Expertisepunt LOB,2.5,"loopbaangesprekken, keuzebegeleiding"

                """)
    }

    @Test(arguments: [
        " --datum 2026-11-30 --uren 4 --onderwerp loopbaangesprekken",
        " --datum 2026-10-01 --uren 0 --onderwerp loopbaangesprekken",
        " --datum 2026-10-01 --uren -3 --onderwerp loopbaangesprekken",
        " --datum 2026-10-01 --uren 4",
        " --uren 4 --onderwerp loopbaangesprekken",
        " --datum 2026-10-01 --uren 4 --onderwerp gesprekken",
    ])
    func badValuesAreRefusedAndChangeNothing(_ flags: String) throws {
        let school = try StaffTestSchool("team nieuw \"J. de Vries\" --rol mentor")
        #expect(school.test.run(base + flags).error?.kind == .usage)
        #expect(try school.test.output("team scholingen | aantal") == "0\n")
    }

    @Test func aFutureDateSaysWhy() throws {
        let school = try StaffTestSchool("team nieuw \"J. de Vries\" --rol mentor")
        let result = school.test.run(base + " --datum 2027-01-10 --uren 4 --onderwerp loopbaangesprekken")
        #expect(result.error?.message == Message(.staffTrainingInFuture, "2027-01-10", "2026-11-29"))
    }

    @Test func anUnknownMemberGetsADidYouMeanAndNothingChanges() throws {
        let school = try StaffTestSchool("team nieuw \"J. de Vries\" --rol mentor")
        let result = school.test.run(
            "team scholing \"J. de Vreis\" --titel T --aanbieder A --datum 2026-10-01 --uren 4 --onderwerp anders")
        #expect(result.error?.kind == .failed)
        #expect(result.error?.message == Message(.staffUnknownMemberSuggest, "J. de Vreis", "J. de Vries"))
        #expect(try school.test.output("team scholingen | aantal") == "0\n")
    }
}
