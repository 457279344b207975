import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct HigherRiskTests {
    @Test func inNovemberEveryoneNotRegisteredIsMedium() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run("hoger risico --klas H5B | eerste 2")
        #expect(
            result.output == """
                leerlingnummer  naam          klas  mentor   status          aanmelddatum  dagen-tot-1-mei  risico  reden
                --------------  ------------  ----  -------  --------------  ------------  ---------------  ------  ---------------------------------------------
                1132            Nina Bakkali  H5B   W. Kaya  niet-aangemeld                            153  midden  nog niet aangemeld voor een bacheloropleiding
                1187            Merel Benali  H5B   W. Kaya  niet-aangemeld                            153  midden  nog niet aangemeld voor een bacheloropleiding
                (2 rijen)

                """)
        #expect(
            result.diagnostics
                == "nog 153 dagen tot 1 mei 2027 (recht op studiekeuzecheck): 12 van de 23 examenleerlingen havo/vwo lopen risico\n"
        )
        // A wide window makes November "near" too.
        #expect(session.run("hoger risico --dagen 180 | waar risico = hoog | aantal").output == "40\n")
    }

    @Test func nearTheDeadlineEveryMissingRegistrationIsHigh() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run(
            "zet vandaag 2027-04-20; hoger risico --klas V6A | eerste 2 | kolommen leerlingnummer status dagen-tot-1-mei risico reden"
        )
        #expect(
            result.output == """
                leerlingnummer  status          dagen-tot-1-mei  risico  reden
                --------------  --------------  ---------------  ------  ---------------------------------------------
                1223            niet-aangemeld               11  hoog    nog niet aangemeld voor een bacheloropleiding
                1103            niet-aangemeld               11  hoog    nog niet aangemeld voor een bacheloropleiding
                (2 rijen)

                """)
        #expect(
            result.diagnostics
                == "nog 11 dagen tot 1 mei 2027 (recht op studiekeuzecheck): 17 van de 29 examenleerlingen havo/vwo lopen risico\n"
        )
        #expect(session.run("hoger risico | waar risico != hoog | aantal").output == "0\n")
    }

    @Test func afterTheDeadlineMissingIsHighAndLateIsMedium() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        session.run("zet vandaag 2027-05-03; hoger registreer 1479 --instelling \"Hogeschool Zuid\" --opleiding Pabo")
        session.run("hoger registreer 1423 --instelling \"Hogeschool Zuid\" --opleiding Pabo --datum 2027-05-01")
        let result = session.run(
            "hoger risico --klas H5A | kolommen leerlingnummer status aanmelddatum risico | waar leerlingnummer = 1479 of leerlingnummer = 1128 of leerlingnummer = 1423"
        )
        #expect(
            result.output == """
                leerlingnummer  status          aanmelddatum  risico
                --------------  --------------  ------------  ------
                1128            niet-aangemeld                hoog
                1479            aangemeld       2027-05-03    midden
                (2 rijen)

                """)
        #expect(result.diagnostics.hasPrefix("1 mei 2027 is 2 dagen voorbij: "))
    }

    @Test func speaksEnglishWithDutchColumnValues() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()], language: .english)
        let result = session.run("hoger risico --klas H5A | kolommen risico reden | eerste 1")
        #expect(result.output.contains("midden  not registered for a bachelor programme yet"))
        #expect(
            result.diagnostics
                == "153 days left until 1 May 2027 (right to a study choice check): 11 of the 24 final-year havo/vwo students are at risk\n"
        )
    }

    @Test func refusesNegativeDays() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        #expect(session.run("hoger risico --dagen -1").exitCode == 2)
    }
}
