import Testing

@testable import LOBKit

@MainActor
struct StaffModuleDemoTests {
    @Test func everyRosterMentorIsAMemberWithTheDecaanAndTheCoordinator() throws {
        let test = try TestSession(demo: true)
        let mentors = try test.output("leerling lijst | uniek mentor | aantal")
        #expect(try test.output("team lijst --rol mentor | aantal") == mentors)
        #expect(try test.output("team lijst | aantal") == "\((Int(mentors.dropLast()) ?? 0) + 2)\n")
        #expect(try test.output("team lijst --rol decaan | kolommen naam | naar csv") == "naam\nM. Jansen\n")
        #expect(
            try test.output("team lijst --rol lob-coordinator | kolommen naam | naar csv") == "naam\nS. el Idrissi\n")
        #expect(try test.output("team zonder-scholing | waar lid = nee | aantal") == "0\n")
    }

    @Test func trainingsLieInThePast() throws {
        let test = try TestSession(demo: true)
        #expect(try test.output("team scholingen | waar datum > 2026-11-29 | aantal") == "0\n")
        #expect(
            try test.output("team scholingen | waar datum >= 2025-08-01 en onderwerpen ~ loopbaangesprekken | aantal")
                == "14\n")
        #expect(try test.output("team scholingen | waar datum < 2025-08-01 | aantal") == "4\n")
    }
}
