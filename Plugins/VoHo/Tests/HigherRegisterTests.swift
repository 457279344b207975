import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct HigherRegisterTests {
    @Test func recordsARegistrationThenTheCheckAndItsAdvice() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let first = session.run(
            "hoger registreer 1479 --instelling \"Hogeschool Zuid\" --opleiding Pabo --datum 2026-11-20")
        #expect(first.output == "1479 Thomas Aydın: Pabo bij Hogeschool Zuid, aangemeld op 2026-11-20\n")
        #expect(first.diagnostics == "")
        let advice = session.run("hoger registreer 1479 --check 2026-11-25 --advies twijfel")
        #expect(
            advice.output
                == "1479 Thomas Aydın: Pabo bij Hogeschool Zuid, aangemeld op 2026-11-20; studiekeuzecheck op 2026-11-25; advies twijfel (2026-11-29)\n"
        )
        #expect(
            session.run("hoger lijst | waar leerlingnummer = 1479 | kolommen status op-tijd check advies").output == """
                status            op-tijd  check       advies
                ----------------  -------  ----------  -------
                advies-ontvangen  ja       2026-11-25  twijfel
                (1 rij)

                """)
    }

    @Test func anAdviceAloneMeansTheCheckWasDoneThatDay() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        session.run("hoger registreer 1008 --advies positief --advies-datum 2026-11-27")
        #expect(
            session.run("hoger lijst | waar leerlingnummer = 1008 | kolommen aanmelddatum check advies-datum").output
                == """
                aanmelddatum  check       advies-datum
                ------------  ----------  ------------
                2026-11-07    2026-11-27  2026-11-27
                (1 rij)

                """)
    }

    @Test func anotherProgrammeIsANewRegistrationWithoutTheOldAdvice() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        session.run("hoger registreer 1479 --instelling \"Hogeschool Zuid\" --opleiding Pabo --datum 2026-11-20")
        session.run("hoger registreer 1479 --check 2026-11-25 --advies negatief")
        let result = session.run("hoger registreer 1479 --opleiding Bedrijfskunde")
        #expect(result.output == "1479 Thomas Aydın: Bedrijfskunde bij Hogeschool Zuid, aangemeld op 2026-11-29\n")
        #expect(
            result.diagnostics
                == "een nieuwe aanmelding: de check en het advies voor Pabo (Hogeschool Zuid) gelden hier niet meer\n")
    }

    @Test func aLateRegistrationIsRecordedWithANotice() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run(
            "zet vandaag 2027-05-10; hoger registreer 1128 --instelling \"Universiteit Zuid\" --opleiding Psychologie")
        #expect(result.output == "1128 Femke Haddad: Psychologie bij Universiteit Zuid, aangemeld op 2027-05-10\n")
        #expect(
            result.diagnostics
                == "let op: 1128 Femke Haddad is aangemeld op 2027-05-10, na 1 mei 2027: zonder recht op een studiekeuzecheck\n"
        )
    }

    @Test(arguments: [
        (
            "hoger registreer 1118",
            "1118 Femke Bakker zit in vmbo-bb leerjaar 4: de studiekeuzecheck gaat over havo 5 en vwo 6", 1
        ),
        ("hoger registreer 9999 --instelling x --opleiding y", "er is geen leerling met nummer 9999", 1),
        (
            "hoger registreer 1423 --instelling x",
            "--opleiding is nodig: 1423 Naomi van Dijk heeft nog geen aanmelding", 2
        ),
        (
            "hoger registreer 1423 --instelling x --opleiding y --datum 2026-12-01",
            "--datum 2026-12-01 ligt na vandaag (2026-11-29)", 2
        ),
        ("hoger registreer 1008 --check 2026-11-01", "de check (2026-11-01) ligt voor de aanmelding (2026-11-07)", 2),
        (
            "hoger registreer 1008 --advies-datum 2026-11-20", "--advies-datum hoort bij een advies: geef ook --advies",
            2
        ),
        (
            "hoger registreer 1008 --check 2026-11-20 --advies twijfel --advies-datum 2026-11-19",
            "het advies (2026-11-19) ligt voor de check (2026-11-20)", 2
        ),
    ])
    func refusesWhatCannotBe(line: String, message: String, exitCode: Int32) throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run(line)
        #expect(result.error?.message.text(.dutch) == message)
        #expect(result.exitCode == exitCode)
    }
}
