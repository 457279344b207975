import Testing

@testable import LOBKit

@MainActor
struct StaffDeleteTests {
    @Test func deletingAMemberTakesTheirTrainingsAlong() throws {
        let school = try StaffTestSchool(
            """
            team nieuw "J. de Vries" --rol mentor
            team nieuw "M. Jansen" --rol decaan
            team scholing "J. de Vries" --titel Gesprekken --aanbieder LOB --datum 2026-10-01 --uren 4 --onderwerp loopbaangesprekken
            """)
        #expect(
            try school.test.output("team verwijder \"j. de vries\"")
                == "J. de Vries verwijderd uit het team, met 1 scholing(en)\n")
        #expect(try school.csv("team lijst | kolommen naam") == "naam\nM. Jansen\n")
        #expect(try school.test.output("team scholingen | aantal") == "0\n")
    }

    @Test func anUnknownNameSuggestsTheNearestMember() throws {
        let school = try StaffTestSchool("team nieuw \"J. de Vries\" --rol mentor")
        let result = school.test.run("team verwijder \"J. de Vris\"")
        #expect(result.error?.kind == .failed)
        #expect(result.error?.message == Message(.staffUnknownMemberSuggest, "J. de Vris", "J. de Vries"))
        #expect(school.test.run("team verwijder Niemand").error?.message == Message(.staffUnknownMember, "Niemand"))
        #expect(try school.test.output("team lijst | aantal") == "1\n")
    }
}
