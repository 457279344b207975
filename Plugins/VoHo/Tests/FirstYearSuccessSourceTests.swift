import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct FirstYearSuccessSourceTests {
    @Test func theResultsFeedDoorstroomSuccesWithRanges() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        #expect(
            session.run("doorstroom succes --bron instellingen").output == """
                schooltype  aantal  doorgegaan  geswitcht  uitgevallen  onbekend
                ----------  ------  ----------  ---------  -----------  --------
                havo        26–38   45–65%      20–34%     6–25%        0–10%
                vwo         19–44   46–89%      5–32%      2–18%        0–27%
                totaal      45–82   45–78%      12–33%     4–22%        0–18%
                (3 rijen)

                """)
        #expect(
            session.run(
                "doorstroom succes --bron instellingen --cohort 2024 --per bestemming | kolommen bestemming aantal"
            )
            .output == """
                bestemming  aantal
                ----------  ------
                hbo         29–48
                wo          15–30
                totaal      44–78
                (3 rijen)

                """)
        // The school's own records stay the default.
        #expect(session.run("doorstroom succes | kolommen aantal | eerste 1 | naar csv").output == "aantal\n20\n")
    }

    @Test func anExactFileGivesExactShares() throws {
        let file =
            "cohort;instelling;soort;vooropleiding;sector;gestart;doorgegaan;geswitcht;uitgevallen\n"
            + "2025;Hogeschool Noord;hbo;havo;Techniek;10;6;2;1\n"
        let session = try VoHoTestFiles.session(files: ["noord.csv": file], demo: false)
        session.run("hoger importeer noord.csv")
        #expect(
            session.run("doorstroom succes | naar csv").output == """
                schooltype,aantal,doorgegaan,geswitcht,uitgevallen,onbekend
                havo,10,60%,20%,10%,10%
                totaal,10,60%,20%,10%,10%

                """)
    }
}
