import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct HigherResultsTests {
    @Test func showsTheDemosLastTwoCohortsWithRanges() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        #expect(
            session.run("hoger resultaten --cohort 2025").output == """
                cohort  instelling                    gestart  doorgegaan  geswitcht  uitgevallen  onbekend  bsa-positief  aandeel-doorgegaan
                ------  ----------------------------  -------  ----------  ---------  -----------  --------  ------------  ------------------
                  2025  Hogeschool Rivierenland       11–14    7–10        1–4        2–8          0–4       7–10          30–77%
                  2025  Hogeschool Zuid               20–23    12–15       6          1–4          0–4       12–15         46–68%
                  2025  Technische Universiteit Oost  1–4      1–4         1–4        0            0–2       1–4           14–80%
                  2025  Universiteit Zuid             14       13          1–4        0            0         13            76–93%
                  2025  totaal                        46–55    33–42       9–18       3–12         0–10      33–42         45–78%
                (5 rijen)

                """)
        #expect(
            session.run("hoger resultaten --per soort | naar csv").output == """
                cohort,soort,gestart,doorgegaan,geswitcht,uitgevallen,onbekend,bsa-positief,aandeel-doorgegaan
                2024,hbo,30–36,19–25,9–12,1–4,0–7,19–25,45–71%
                2024,wo,18,12–15,2–8,1–4,0–3,12–15,44–83%
                2024,totaal,48–54,31–40,11–20,2–8,0–10,31–40,45–75%
                2025,hbo,31–37,19–25,7–10,3–12,0–8,19–25,39–71%
                2025,wo,15–18,14–17,2–8,0,0–2,14–17,58–89%
                2025,totaal,46–55,33–42,9–18,3–12,0–10,33–42,45–78%

                """)
    }

    @Test func anUnknownCohortNamesTheCohortsThereAre() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let result = session.run("hoger resultaten --cohort 2020")
        #expect(
            result.error?.message.text(.dutch)
                == "er zijn geen eerstejaarsresultaten van cohort 2020; wel van: 2024, 2025")
        let empty = try ModuleTestSession(modules: [VoHoModule()], demo: false)
        #expect(
            empty.run("hoger resultaten").error?.message.text(.dutch)
                == "er zijn nog geen eerstejaarsresultaten; lees ze in met hoger importeer BESTAND")
    }
}
