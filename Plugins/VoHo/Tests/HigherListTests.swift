import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct HigherListTests {
    @Test func listsEveryFinalYearStudentWithTheirRegistrationAndAdvice() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        #expect(session.run("hoger lijst | aantal").output == "76\n")
        #expect(
            session.run("hoger lijst --klas v6a --advies twijfel").output == """
                leerlingnummer  naam         klas  status            instelling       opleiding      aanmelddatum  op-tijd  check       advies   advies-datum
                --------------  -----------  ----  ----------------  ---------------  -------------  ------------  -------  ----------  -------  ------------
                1677            Joël Bakker  V6A   advies-ontvangen  Hogeschool Zuid  Bedrijfskunde  2026-10-16    ja       2026-11-10  twijfel  2026-11-21
                (1 rij)

                """)
        // `geen`: everyone without advice so far, registered or not.
        #expect(session.run("hoger lijst --advies geen | aantal").output == "56\n")
        #expect(
            session.run("hoger lijst --instelling \"universiteit zuid\" | kolommen naam opleiding status").output
                == """
                naam           opleiding          status
                -------------  -----------------  ----------------
                Kerem Bos      Rechtsgeleerdheid  advies-ontvangen
                Max de Bruijn  Geneeskunde        aangemeld
                Sara Çelik     Psychologie        check-gedaan
                Thomas Jacobs  Rechtsgeleerdheid  aangemeld
                Noël Schipper  Psychologie        advies-ontvangen
                Ravi Visser    Rechtsgeleerdheid  advies-ontvangen
                (6 rijen)

                """)
    }

    @Test func studentsWithoutARegistrationAreShownAsSuch() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        #expect(
            session.run("hoger lijst | waar leerlingnummer = 1479 | kolommen leerlingnummer status instelling op-tijd")
                .output == """
                    leerlingnummer  status          instelling  op-tijd
                    --------------  --------------  ----------  -------
                    1479            niet-aangemeld
                    (1 rij)

                    """)
    }

    @Test func anUnknownClassNamesTheFinalYearClasses() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run("hoger lijst --klas H4A")
        #expect(
            result.error?.message.text(.dutch) == "geen examenklas havo/vwo 'H4A' (de examenklassen: H5A, H5B, V6A)")
    }
}
