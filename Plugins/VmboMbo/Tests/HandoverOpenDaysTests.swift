import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct HandoverOpenDaysTests {
    @Test func putsTheCalendarInTheCatalogueOnceThroughActiviteitNieuw() throws {
        let (session, _) = try VmboMboTestFiles.session()
        let first = session.run("overdracht opendagen opendagen-regio.csv")
        #expect(
            first.output == """
                code               instelling                datum       titel                        locatie                   actie
                -----------------  ------------------------  ----------  ---------------------------  ------------------------  -----
                OD-ROCZUID-270123  ROC Zuid                  2027-01-23  Open dag                     Campus Noord              nieuw
                OD-VTZ-270206      Vakcollege Techniek Zuid  2027-02-06  Open dag techniek                                      nieuw
                OD-GCZ-270313      Groen College Zuid        2027-03-13  Open dag Groen College Zuid  Laan 1, 's-Hertogenbosch  nieuw
                (3 rijen)

                """)
        let again = session.run("overdracht opendagen opendagen-regio.csv | groepeer actie")
        #expect(again.output.contains("ongewijzigd       3"))
        // The demo's four open days and the calendar's three, not six.
        #expect(session.run("activiteit lijst --soort open-dag | aantal").output == "7\n")
        let activity = session.run("activiteit toon OD-VTZ-270206")
        #expect(activity.output.contains("naam:          Open dag techniek Vakcollege Techniek Zuid"))
        #expect(activity.output.contains("schooltypen:   vmbo-bb, vmbo-kb, vmbo-gl, vmbo-tl"))
        #expect(activity.output.contains("leerjaren:     3, 4"))
        #expect(activity.output.contains("partner:       Vakcollege Techniek Zuid"))
        #expect(activity.output.contains("van:           2027-02-06"))
    }

    @Test func aRewordedTitleUpdatesTheSameActivity() throws {
        let changed = VmboMboTestFiles.openDays.replacingOccurrences(of: "Open dag techniek", with: "Techniekdag")
        let (session, _) = try VmboMboTestFiles.session(files: ["a.csv": VmboMboTestFiles.openDays, "b.csv": changed])
        session.run("overdracht opendagen a.csv")
        let result = session.run("overdracht opendagen b.csv | waar actie != ongewijzigd | kolommen code actie")
        #expect(
            result.output == """
                code           actie
                -------------  ----------
                OD-VTZ-270206  bijgewerkt
                (1 rij)

                """)
        #expect(session.run("activiteit toon OD-VTZ-270206").output.contains("Techniekdag Vakcollege Techniek Zuid"))
    }

    @Test func aSecondOpenDayOnTheSameDateGetsItsOwnCode() throws {
        let file =
            "instelling;datum;titel;locatie\nROC Zuid;2027-01-23;Open dag;Noord\nROC Zuid;2027-01-23;Open dag;Zuid\n"
        let (session, _) = try VmboMboTestFiles.session(files: ["twee.csv": file])
        let result = session.run("overdracht opendagen twee.csv | kolommen code")
        #expect(result.output.contains("OD-ROCZUID-270123\n"))
        #expect(result.output.contains("OD-ROCZUID-270123-2\n"))
    }

    @Test func badRowsRefuseTheWholeCalendar() throws {
        let file =
            "instelling,datum,titel\nROC Zuid,2027-01-23,Open dag\n,2027-02-01,Open avond\nROC Zuid,32-1-2027,Open dag\nROC Zuid,2027-01-23,Nog een\n"
        let (session, _) = try VmboMboTestFiles.session(files: ["kalender.csv": file])
        let result = session.run("overdracht opendagen kalender.csv")
        #expect(result.exitCode == 3)
        #expect(
            result.error?.details.map { $0.text(.dutch) } == [
                "kalender.csv:3: kolom instelling: leeg",
                "kalender.csv:4: kolom datum: '32-1-2027' is geen datum (2027-02-14 of 14-2-2027)",
                "kalender.csv:5: dezelfde instelling, datum en locatie als regel 2",
            ])
        #expect(session.run("activiteit lijst --soort open-dag | aantal").output == "4\n")
    }
}
