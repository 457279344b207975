import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct VoHoModuleTests {
    @Test func theModuleConforms() throws {
        #expect(try ModuleConformance.problems(of: VoHoModule(), exampleFiles: VoHoTestFiles.exampleFiles) == [])
    }

    @Test func modulesListsItWithItsCommands() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run("modules | waar naam = vo-ho | kolommen naam versie api auteur commandos")
        #expect(
            result.output == """
                naam   versie  api  auteur                          commandos
                -----  ------  ---  ------------------------------  ------------------------------------------------------------------------------------------------------------------------------------
                vo-ho  1.0.0   1.2  Netwerk VO-HO Zuid (voorbeeld)  hoger registreer, hoger lijst, hoger risico, hoger opvolging, hoger nagesprek, hoger activiteiten, hoger importeer, hoger resultaten
                (1 rij)

                """)
    }

    @Test func theDemoSchoolIsPartWayThroughTheSeasonOnTheKitsToday() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        #expect(
            session.run("hoger lijst | groepeer status").output == """
                status            aantal
                ----------------  ------
                aangemeld              8
                advies-ontvangen      20
                check-gedaan           8
                niet-aangemeld        40
                (4 rijen)

                """)
        #expect(
            session.run("hoger lijst | groepeer advies").output == """
                advies    aantal
                --------  ------
                              56
                negatief       1
                positief      13
                twijfel        6
                (4 rijen)

                """)
        // The network's four activities of this school year are in the catalogue.
        #expect(
            session.run("activiteit lijst | waar partner = \"Universiteit Zuid\" | kolommen code soort van").output
                == """
                code          soort       van
                ------------  ----------  ----------
                ML-UZ-270312  meeloopdag  2027-03-12
                (1 rij)

                """)
    }

    @Test func theDemoStoryMovesWithToday() throws {
        // In June nearly everyone registered, most by 1 May (six late), and every check has its advice.
        let june = LOBDate(year: 2027, month: 6, day: 10) ?? ModuleTestSession.defaultToday
        let session = try ModuleTestSession(modules: [VoHoModule()], today: june)
        #expect(session.run("hoger lijst | waar status = niet-aangemeld | aantal").output == "3\n")
        #expect(session.run("hoger lijst | waar op-tijd = nee | aantal").output == "6\n")
        #expect(session.run("hoger lijst | waar status = check-gedaan | aantal").output == "0\n")
    }
}
