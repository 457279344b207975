import Testing

@testable import LOBKit

@MainActor
struct StaffAddTests {
    @Test func aMemberWithSeveralRolesIsMatchedToTheRosterByName() throws {
        let school = try StaffTestSchool()
        #expect(
            try school.test.output("team nieuw \"a. ozdemir\" --rol docent --rol mentor --email a.o@school.example")
                == "a. ozdemir toegevoegd aan het team (mentor, docent)\n")
        #expect(
            try school.csv("team lijst")
                == "naam,rollen,klassen,leerlingen,gesprekken,scholing-laatst\na. ozdemir,\"mentor, docent\",H4B,1,0,\n"
        )
    }

    @Test func anExistingNameGetsTheNewRolesInsteadOfASecondMember() throws {
        let school = try StaffTestSchool("team nieuw \"J. de Vries\" --rol mentor")
        #expect(
            try school.test.output("team nieuw \"j.  DE vries\" --rol decaan")
                == "J. de Vries was al teamlid; rollen nu: mentor, decaan\n")
        #expect(
            try school.csv("team lijst | kolommen naam rollen klassen leerlingen")
                == "naam,rollen,klassen,leerlingen\nJ. de Vries,\"mentor, decaan\",\"H4A, T3B\",3\n")
    }

    @Test func fromTheRosterAddsTheMentorsNotYetMembers() throws {
        let school = try StaffTestSchool("team nieuw \"J. de Vries\" --rol docent")
        #expect(
            try school.test.output("team nieuw --uit-rooster")
                == "2 mentor(en) uit het rooster toegevoegd aan het team; 1 waren al teamlid\n")
        #expect(
            try school.csv("team lijst | kolommen naam rollen")
                == "naam,rollen\nA. Özdemir,mentor\nJ. de Vries,docent\nM. Bakker,mentor\n")
        #expect(try school.test.output("team nieuw --uit-rooster").hasPrefix("0 mentor(en)"))
    }

    @Test(arguments: [
        "team nieuw \"J. de Vries\"", "team nieuw \"J. de Vries\" --rol mentor --email jdevries",
        "team nieuw \"  \" --rol mentor", "team nieuw --uit-rooster --rol mentor",
        "team nieuw \"J. de Vries\" --rol rector",
        "team nieuw --rol mentor",
    ])
    func badCallsAreRefusedAndChangeNothing(_ line: String) throws {
        let school = try StaffTestSchool()
        #expect(school.test.run(line).error?.kind == .usage)
        #expect(try school.test.output("team lijst | aantal") == "0\n")
    }

    @Test func emailNeedsAnAtAndADomain() {
        #expect(StaffAdd.looksLikeEmail("j.devries@school.nl"))
        #expect(!StaffAdd.looksLikeEmail("J. de Vries"))
        #expect(!StaffAdd.looksLikeEmail("j@school"))
        #expect(!StaffAdd.looksLikeEmail("a@b@c.nl"))
    }
}
