import Testing

@testable import LOBKit

@MainActor
struct StaffTrainingListTests {
    @Test func oneMembersTrainingsOrEveryoneByDate() throws {
        let school = try StaffTestSchool(
            """
            team nieuw "J. de Vries" --rol mentor
            team nieuw "A. Özdemir" --rol mentor
            team scholing "J. de Vries" --titel B --aanbieder X --datum 2026-10-01 --uren 4 --onderwerp doorstroom
            team scholing "A. Özdemir" --titel A --aanbieder Y --datum 2025-03-01 --uren 8 --onderwerp lob-beleid
            """)
        #expect(try school.csv("team scholingen | kolommen naam titel") == "naam,titel\nA. Özdemir,A\nJ. de Vries,B\n")
        #expect(try school.csv("team scholingen \"a. ozdemir\" | kolommen naam titel") == "naam,titel\nA. Özdemir,A\n")
        #expect(school.test.run("team scholingen \"A. Ozdemr\"").error?.kind == .failed)
    }
}
