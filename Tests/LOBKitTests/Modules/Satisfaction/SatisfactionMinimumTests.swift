import Testing

@testable import LOBKit

@MainActor
struct SatisfactionMinimumTests {
    @Test func theMinimumIsTenUntilTheSchoolSetsItsOwn() throws {
        let school = try SatisfactionTestSchool()
        #expect(
            try school.test.output("tevredenheid minimum")
                == "groepen met minder dan 10 respondenten worden niet getoond (de standaard; wijzig met tevredenheid "
                + "minimum N)\n")
        #expect(
            try school.test.output("tevredenheid minimum 15")
                == "groepen met minder dan 15 respondenten worden voortaan niet getoond\n")
        #expect(
            try school.test.output("tevredenheid minimum")
                == "groepen met minder dan 15 respondenten worden niet getoond (door de school ingesteld)\n")
        #expect(
            try school.test.session.store().transaction { store throws(LOBError) in try store.satisfactionMinimum() }
                == 15)
    }

    @Test func aMinimumBelowFiveIsRefused() throws {
        let school = try SatisfactionTestSchool()
        let error = school.test.run("tevredenheid minimum 3").error
        #expect(error?.kind == .usage)
        #expect(error?.message == Message(.satisfactionMinimumTooSmall, "5", "3"))
        #expect(
            try school.test.session.store().transaction { store throws(LOBError) in try store.satisfactionMinimum() }
                == 10)
    }
}
