import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct HandoverRiskTests {
    @Test func inNovemberTheRiskDependsOnTheChoiceMade() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run(
            "overdracht risico --klas K4A | kolommen leerlingnummer status opleiding dagen-tot-1-april risico | eerste 2"
        )
        #expect(
            result.output == """
                leerlingnummer  status          opleiding                                                  dagen-tot-1-april  risico
                --------------  --------------  ---------------------------------------------------------  -----------------  ------
                1075            afgewezen       Eerste monteur elektrotechniek (Vakcollege Techniek Zuid)                123  hoog
                1115            niet-aangemeld                                                                           123  midden
                (2 rijen)

                """)
        #expect(
            result.diagnostics
                == "nog 123 dagen tot 1 april 2027 (toelatingsrecht mbo): 15 van de 20 examenleerlingen vmbo lopen risico\n"
        )
        let levels = session.run("overdracht risico | groepeer risico")
        #expect(
            levels.output == """
                risico  aantal
                ------  ------
                hoog         2
                laag        40
                midden      27
                (3 rijen)

                """)
    }

    @Test func nearTheDeadlineEveryMissingApplicationIsHigh() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("zet vandaag 2027-03-20; overdracht risico | groepeer risico")
        #expect(
            result.output == """
                risico  aantal
                ------  ------
                hoog        69
                (1 rij)

                """)
        let days = session.run("overdracht risico | uniek dagen-tot-1-april")
        #expect(days.output.contains("12"))
        // A wide window makes November "near" too.
        let wide = session.run("zet vandaag 2026-11-29; overdracht risico --dagen 150 | waar risico != hoog | aantal")
        #expect(wide.output == "0\n")
    }

    @Test func placedAndOnTimeStudentsAreNeverAtRisk() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("overdracht risico | waar status = geplaatst | aantal")
        #expect(result.output == "0\n")
        let applied = session.run("overdracht risico | waar status = aangemeld | aantal")
        #expect(applied.output == "0\n")
    }

    @Test func afterTheDeadlineLateAndMissingApplicationsAreHigh() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        session.run("overdracht registreer 1483 --datum 2026-11-20")
        session.run("zet vandaag 2027-04-10; overdracht registreer 1118 --datum 2027-04-03")
        let result = session.run(
            "overdracht risico --klas B4A | kolommen leerlingnummer status aanmelddatum dagen-tot-1-april reden | eerste 3"
        )
        #expect(
            result.output.hasPrefix(
                """
                leerlingnummer  status          aanmelddatum  dagen-tot-1-april  reden
                --------------  --------------  ------------  -----------------  -----------------------------------------------------------
                1409            niet-aangemeld                               -9  niet uiterlijk 1 april aangemeld: geen toelatingsrecht meer
                1118            aangemeld       2027-04-03                   -9  aangemeld na 1 april: geen toelatingsrecht
                """))
        #expect(!result.output.contains("1483"))
        #expect(
            result.diagnostics
                == ("1 april 2027 is 9 dagen voorbij: 19 van de 23 examenleerlingen vmbo zijn te laat, niet aangemeld of afgewezen\n")
        )
    }

    @Test func speaksEnglishWithDutchColumnValues() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()], language: .english)
        let result = session.run("overdracht risico --klas K4A | kolommen reden | eerste 1")
        #expect(result.output.contains("rejected: choose another programme together and apply again"))
        #expect(
            result.diagnostics
                == "123 days left until 1 April 2027 (right to mbo admission): 15 of the 20 final-year vmbo students are at risk\n"
        )
    }

    @Test func refusesNegativeDays() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        #expect(session.run("overdracht risico --dagen -1").exitCode == 2)
    }
}
