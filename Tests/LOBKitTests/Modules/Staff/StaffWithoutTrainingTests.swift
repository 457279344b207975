import Testing

@testable import LOBKit

@MainActor
struct StaffWithoutTrainingTests {
    /// J. de Vries trained this year in conversations, A. Özdemir in 2023-2024, M. Bakker not a member;
    /// the decaan is no mentor, and K. Smit is a mentor without a class in the roster.
    private func school() throws -> StaffTestSchool {
        try StaffTestSchool(
            """
            team nieuw "J. de Vries" --rol mentor
            team nieuw "A. Özdemir" --rol mentor
            team nieuw "K. Smit" --rol mentor
            team nieuw "M. Jansen" --rol decaan
            team scholing "J. de Vries" --titel G --aanbieder X --datum 2026-10-01 --uren 4 --onderwerp loopbaangesprekken
            team scholing "A. Özdemir" --titel B --aanbieder X --datum 2024-05-01 --uren 8 --onderwerp keuzebegeleiding
            """)
    }

    @Test func mentorsAndRosterMentorsWithoutRecentTraining() throws {
        #expect(
            try school().csv("team zonder-scholing")
                == """
                naam,klassen,laatste-scholing,lid
                A. Özdemir,H4B,2024-05-01,ja
                K. Smit,,,ja
                M. Bakker,T3A,,nee

                """)
    }

    @Test func moreYearsReachFurtherBack() throws {
        #expect(
            try school().csv("team zonder-scholing --jaren 3 | kolommen naam")
                == "naam\nA. Özdemir\nK. Smit\nM. Bakker\n", "2023-2024 is the fourth school year back")
        #expect(
            try school().csv("team zonder-scholing --jaren 4 | kolommen naam") == "naam\nK. Smit\nM. Bakker\n")
        #expect(
            try school().csv("team zonder-scholing --jaren 1 | kolommen naam")
                == "naam\nA. Özdemir\nK. Smit\nM. Bakker\n")
    }

    @Test func aSubjectCountsOnlyTrainingsOnIt() throws {
        #expect(
            try school().csv(
                "team zonder-scholing --jaren 4 --onderwerp loopbaangesprekken | kolommen naam laatste-scholing")
                == "naam,laatste-scholing\nA. Özdemir,\nK. Smit,\nM. Bakker,\n")
    }

    @Test func zeroYearsIsRefused() throws {
        let result = try school().test.run("team zonder-scholing --jaren 0")
        #expect(result.error?.message == Message(.staffYearsNotPositive, "0"))
    }
}
