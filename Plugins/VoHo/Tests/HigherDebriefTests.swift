import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct HigherDebriefTests {
    @Test func recordsAChoiceConversationThroughGesprekNieuw() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run(
            "hoger nagesprek 1692 --met decaan:\"M. Jansen\" --verslag \"Samen de twijfels besproken.\" --afspraak \"Meeloopdag verpleegkunde\" --voor 2027-01-31"
        )
        #expect(
            result.output == "gesprek 589 vastgelegd: keuzegesprek met Raphaël Doğan, H5A op 2026-11-29 (1 afspraken)\n"
        )
        let shown = session.run("gesprek toon 589 | kolommen soort met onderwerpen verslag")
        #expect(
            shown.output == """
                soort         met                 onderwerpen       verslag
                ------------  ------------------  ----------------  --------------------------------------------------------------------------------------------------------------------
                keuzegesprek  M. Jansen (decaan)  studiekeuzecheck  Nagesprek studiekeuzecheck (advies twijfel voor HBO-Verpleegkunde bij Hogeschool Zuid). Samen de twijfels besproken.
                (1 rij)

                """)
        #expect(
            session.run("gesprek afspraken | waar leerlingnummer = 1692 | kolommen wat voor").output.contains(
                "Meeloopdag verpleegkunde  2027-01-31"))
        // The follow-up list no longer names the student.
        #expect(session.run("hoger opvolging | waar leerlingnummer = 1692 | aantal").output == "0\n")
    }

    @Test(arguments: [
        (
            "hoger nagesprek 1479",
            "1479 Thomas Aydın heeft nog geen advies van een studiekeuzecheck (leg het vast met hoger registreer)", 1
        ),
        (
            "hoger nagesprek 1692 --datum 2026-11-01",
            "het gesprek (2026-11-01) ligt voor het advies (2026-11-13): dan is het geen nagesprek", 2
        ),
        ("hoger nagesprek 1692 --voor 2026-12-01", "--voor hoort bij een afspraak: geef ook --afspraak", 2),
        (
            "hoger nagesprek 1692 --met buurman:Piet",
            "onbekende rol 'buurman' (kies uit: mentor, decaan, ouder, docent, anders)", 2
        ),
    ])
    func refusesWhatIsNoFollowUp(line: String, message: String, exitCode: Int32) throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run(line)
        #expect(result.error?.message.text(.dutch) == message)
        #expect(result.exitCode == exitCode)
        #expect(session.run("gesprek lijst --leerling 1692 | aantal").output == "0\n")
    }
}
