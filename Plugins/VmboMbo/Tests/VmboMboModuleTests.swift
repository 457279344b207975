import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct VmboMboModuleTests {
    @Test func theModuleConforms() throws {
        #expect(try ModuleConformance.problems(of: VmboMboModule(), exampleFiles: VmboMboTestFiles.exampleFiles) == [])
    }

    @Test func modulesListsItWithItsCommands() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("modules | waar naam = vmbo-mbo | kolommen naam versie api auteur aantal")
        #expect(
            result.output == """
                naam      versie  api  auteur                             aantal
                --------  ------  ---  ---------------------------------  ------
                vmbo-mbo  1.0.0   1.2  Netwerk vmbo-mbo Zuid (voorbeeld)       7
                (1 rij)

                """)
    }

    @Test func theDemoSchoolHasAMixOfStatusesOnTheKitsToday() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("overdracht lijst | groepeer status")
        #expect(
            result.output == """
                status          aantal
                --------------  ------
                aangemeld           12
                afgewezen            2
                geplaatst            5
                niet-aangemeld      67
                (4 rijen)

                """)
        let consent = session.run("overdracht lijst | groepeer toestemming")
        #expect(consent.output.contains("ingetrokken       1"))
        #expect(consent.output.contains("ouder            13"))
    }

    @Test func theDemoStoryMovesWithToday() throws {
        // In May most students applied by 1 April, a few late: nobody is left "in the season".
        let may = LOBDate(year: 2027, month: 5, day: 10) ?? ModuleTestSession.defaultToday
        let session = try ModuleTestSession(modules: [VmboMboModule()], today: may)
        let applied = session.run("overdracht lijst | waar status != niet-aangemeld | aantal")
        #expect(applied.output == "79\n")
        let late = session.run(
            "overdracht risico | waar reden ~ 'na 1 april' | kolommen leerlingnummer status aanmelddatum")
        #expect(
            late.output == """
                leerlingnummer  status     aanmelddatum
                --------------  ---------  ------------
                1658            aangemeld  2027-05-03
                1369            aangemeld  2027-04-29
                (2 rijen)

                """)
    }
}
