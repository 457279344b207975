import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct HandoverConsentTests {
    @Test func recordsAndWithdrawsConsent() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let given = session.run("overdracht toestemming 1396 --door ouder --datum 2026-11-25")
        #expect(
            given.output
                == "toestemming voor het doorstroomdossier vastgelegd: 1396 Sietske Vos, door ouder op 2026-11-25\n")
        #expect(
            session.run("overdracht lijst | waar leerlingnummer = 1396 | kolommen toestemming").output.contains("ouder")
        )
        let withdrawn = session.run("overdracht toestemming 1396 --door ouder --intrekken")
        #expect(
            withdrawn.output
                == "toestemming ingetrokken: 1396 Sietske Vos, door ouder op 2026-11-29; het dossier wordt niet meer geëxporteerd\n"
        )
        #expect(
            session.run("overdracht lijst | waar leerlingnummer = 1396 | kolommen toestemming").output.contains(
                "ingetrokken"))
    }

    @Test func nothingToWithdrawAndNoGiverAreRefused() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let nothing = session.run("overdracht toestemming 1396 --door ouder --intrekken")
        #expect(nothing.exitCode == 1)
        #expect(
            nothing.error?.message.text(.dutch) == "1396 Sietske Vos heeft geen toestemming die ingetrokken kan worden")
        #expect(session.run("overdracht toestemming 1396").exitCode == 2)
        #expect(session.run("overdracht toestemming 1396 --door buurman").exitCode == 2)
        #expect(session.run("overdracht toestemming 1396 --door ouder --datum 2026-12-25").exitCode == 2)
    }

    @Test func anOlderEventCannotOverruleTheLatest() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        session.run("overdracht toestemming 1396 --door ouder --datum 2026-11-25")
        let older = session.run("overdracht toestemming 1396 --door leerling --datum 2026-11-01 --intrekken")
        #expect(
            older.error?.message.text(.dutch)
                == "2026-11-01 ligt voor de laatste toestemming van 1396 Sietske Vos (2026-11-25)")
    }
}
