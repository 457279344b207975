import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct HigherActivitiesTests {
    @Test func putsTheCalendarInTheCatalogueOnceThroughActiviteitNieuw() throws {
        let session = try VoHoTestFiles.session()
        let first = session.run("hoger activiteiten ho-kalender.csv")
        #expect(
            first.output == """
                code          instelling               soort          datum       titel                            opleiding    plaats             actie
                ------------  -----------------------  -------------  ----------  -------------------------------  -----------  -----------------  -----
                OD-HZ-270130  Hogeschool Zuid          open-dag       2027-01-30  Open dag                                      Campus Zuid        nieuw
                PS-UZ-270306  Universiteit Zuid        proefstuderen  2027-03-06  Proefstuderen Universiteit Zuid  Psychologie  Plein 1, Nijmegen  nieuw
                ML-HR-270217  Hogeschool Rivierenland  meeloopdag     2027-02-17  Meeloopdag pabo                  Pabo         Tiel               nieuw
                (3 rijen)

                """)
        let again = session.run("hoger activiteiten ho-kalender.csv | groepeer actie")
        #expect(again.output.contains("ongewijzigd       3"))
        // The demo's five open days (one of them the network's) and the calendar's one, not two.
        #expect(session.run("activiteit lijst --soort open-dag | aantal").output == "7\n")
        let activity = session.run("activiteit toon PS-UZ-270306")
        #expect(activity.output.contains("naam:          Proefstuderen Universiteit Zuid\n"))
        #expect(
            activity.output.contains(
                "omschrijving:  Opleiding: Psychologie. Plaats: Plein 1, Nijmegen. Uit de activiteitenkalender van het netwerk VO-HO.\n"
            ))
        #expect(activity.output.contains("schooltypen:   havo, vwo\n"))
        #expect(activity.output.contains("leerjaren:     4, 5, 6\n"))
        #expect(activity.output.contains("partner:       Universiteit Zuid\n"))
        #expect(activity.output.contains("van:           2027-03-06\n"))
        #expect(
            session.run("activiteit toon ML-HR-270217").output.contains(
                "naam:          Meeloopdag pabo Hogeschool Rivierenland\n"))
    }

    @Test func aRewordedTitleUpdatesTheSameActivity() throws {
        let changed = VoHoTestFiles.calendar.replacingOccurrences(of: "Meeloopdag pabo", with: "Meelopen op de pabo")
        let session = try VoHoTestFiles.session(files: ["a.csv": VoHoTestFiles.calendar, "b.csv": changed])
        session.run("hoger activiteiten a.csv")
        let result = session.run("hoger activiteiten b.csv | waar actie != ongewijzigd | kolommen code actie")
        #expect(
            result.output == """
                code          actie
                ------------  ----------
                ML-HR-270217  bijgewerkt
                (1 rij)

                """)
        #expect(
            session.run("activiteit toon ML-HR-270217").output.contains("Meelopen op de pabo Hogeschool Rivierenland"))
    }

    @Test func badRowsRefuseTheWholeCalendar() throws {
        let file =
            "instelling,soort,datum,titel\nHogeschool Zuid,open dag,2027-01-30,Open dag\n,open dag,2027-02-01,Open avond\n"
            + "Hogeschool Zuid,excursie,32-1-2027,Dag\nHogeschool Zuid,Opendag,30-1-2027,Nog een\n"
        let session = try VoHoTestFiles.session(files: ["kalender.csv": file])
        let result = session.run("hoger activiteiten kalender.csv")
        #expect(result.exitCode == 3)
        #expect(result.error?.message.text(.dutch) == "kalender.csv: 4 foute regel(s); er is niets ingelezen")
        #expect(
            result.error?.details.map { $0.text(.dutch) } == [
                "kalender.csv:3: kolom instelling: leeg",
                "kalender.csv:4: kolom soort: onbekende soort 'excursie' (bekend: open-dag, proefstuderen, meeloopdag)",
                "kalender.csv:4: kolom datum: '32-1-2027' is geen datum (2027-02-14 of 14-2-2027)",
                "kalender.csv:5: dezelfde instelling, soort, datum, opleiding en plaats als regel 2",
            ])
        #expect(session.run("activiteit lijst --soort open-dag | aantal").output == "6\n")
    }
}
