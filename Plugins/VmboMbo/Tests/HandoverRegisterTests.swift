import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct HandoverRegisterTests {
    @Test func recordsAnIntentionWithoutApplication() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run(
            "overdracht registreer 1193 --instelling \"ROC Zuid\" --opleiding \"Helpende zorg en welzijn\" --niveau 2")
        #expect(result.output == "1193 Eva Blom: Helpende zorg en welzijn (niveau 2) bij ROC Zuid, niet-aangemeld\n")
        let row = session.run(
            "overdracht lijst --klas B4A | waar leerlingnummer = 1193 | kolommen status aanmelddatum niveau")
        #expect(row.output.contains("niet-aangemeld                     2"))
    }

    @Test func aDateMeansAppliedAndKeepsTheChosenProgramme() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("overdracht registreer 1483 --datum 20-11-2026")
        #expect(
            result.output
                == "1483 Boaz Al-Masri: Medewerker ICT (niveau 2) bij Vakcollege Techniek Zuid, aangemeld op 2026-11-20\n"
        )
        #expect(result.diagnostics == "")
    }

    @Test func onlyTheStatusKeepsTheApplicationDate() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("overdracht registreer 1531 --status geplaatst")
        #expect(
            result.output
                == "1531 Mert de Groot: Middenkaderfunctionaris bouw (niveau 4) bij Vakcollege Techniek Zuid, geplaatst op 2026-11-02\n"
        )
    }

    @Test func anotherProgrammeDropsTheOldLevel() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("overdracht registreer 1531 --opleiding Schilder")
        #expect(result.output.hasPrefix("1531 Mert de Groot: Schilder bij Vakcollege Techniek Zuid, aangemeld"))
    }

    @Test func aNewStudentNeedsInstitutionAndProgramme() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("overdracht registreer 1193 --opleiding Kok")
        #expect(result.exitCode == 2)
        #expect(
            result.error?.message.text(.dutch)
                == "--instelling is nodig: 1193 Eva Blom heeft nog geen beoogde opleiding")
    }

    @Test func refusesStudentsOutsideVmboFour() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let havo = session.run("overdracht registreer 1042 --instelling X --opleiding Y")
        #expect(havo.exitCode == 1)
        #expect(
            havo.error?.message.text(.dutch)
                == "1042 Noah van Dam zit in vwo leerjaar 2: de overdracht gaat over vmbo leerjaar 4")
        let unknown = session.run("overdracht registreer 9999 --instelling X --opleiding Y")
        #expect(unknown.error?.message.text(.english) == "there is no student with number 9999")
    }

    @Test func refusesADateWithNotAppliedAndAFutureDate() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let both = session.run("overdracht registreer 1483 --status niet-aangemeld --datum 2026-11-01")
        #expect(both.exitCode == 2)
        let future = session.run("overdracht registreer 1483 --datum 2026-12-01")
        #expect(future.error?.message.text(.dutch) == "--datum 2026-12-01 ligt na vandaag (2026-11-29)")
        let level = session.run("overdracht registreer 1483 --niveau 5")
        #expect(level.exitCode == 2)
    }

    @Test func warnsWhenTheApplicationIsLate() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("zet vandaag 2027-04-10; overdracht registreer 1483 --datum 2027-04-03")
        #expect(
            result.diagnostics
                == "let op: 1483 Boaz Al-Masri is aangemeld op 2027-04-03, na 1 april 2027: zonder toelatingsrecht\n")
    }
}
