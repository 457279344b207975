import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct HigherFollowUpTests {
    @Test func listsDoubtAndNegativeWithoutAConversationSinceTheAdvice() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run("hoger opvolging")
        #expect(
            result.output == """
                leerlingnummer  naam           klas  mentor         opleiding                               advies   advies-datum  dagen-sinds-advies  nagesprek  voorstel
                --------------  -------------  ----  -------------  --------------------------------------  -------  ------------  ------------------  ---------  ---------------------------------------------------------------
                1692            Raphaël Doğan  H5A   H. Jansma      HBO-Verpleegkunde (Hogeschool Zuid)     twijfel  2026-11-13                    16             hoger nagesprek 1692 --met mentor:"H. Jansma" --verslag "…"
                1337            Anna Pham      H5B   W. Kaya        Communicatie (Hogeschool Rivierenland)  twijfel  2026-11-19                    10             hoger nagesprek 1337 --met mentor:"W. Kaya" --verslag "…"
                1677            Joël Bakker    V6A   S. den Hartog  Bedrijfskunde (Hogeschool Zuid)         twijfel  2026-11-21                     8             hoger nagesprek 1677 --met mentor:"S. den Hartog" --verslag "…"
                (3 rijen)

                """)
        #expect(
            result.diagnostics
                == "3 van de 7 leerlingen met advies twijfel of negatief hadden nog geen gesprek na het advies\n")
    }

    @Test func withAlleItShowsWhenTheFollowUpWas() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        #expect(
            session.run("hoger opvolging --alle --klas H5B | kolommen leerlingnummer advies advies-datum nagesprek")
                .output == """
                    leerlingnummer  advies    advies-datum  nagesprek
                    --------------  --------  ------------  ----------
                    1100            negatief  2026-11-03    2026-11-08
                    1337            twijfel   2026-11-19
                    (2 rijen)

                    """)
    }

    @Test func aConversationOfAnyKindBeforeTheAdviceDoesNotCount() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        session.run("gesprek nieuw 1337 --met mentor:\"W. Kaya\" --verslag \"Voor het advies.\" --datum 2026-11-18")
        #expect(session.run("hoger opvolging | waar leerlingnummer = 1337 | aantal").output == "1\n")
        session.run("gesprek nieuw 1337 --met mentor:\"W. Kaya\" --verslag \"Na het advies.\" --datum 2026-11-19")
        #expect(session.run("hoger opvolging | waar leerlingnummer = 1337 | aantal").output == "0\n")
    }
}
