import Foundation
import Testing

/// lobsh in the workshop room: the demo as a sandbox, the tour from a pipe, `--echo` with the prompt, `--tempo`.
struct WorkshopProcessTests {
    /// Every file under `folder`, relative to it.
    static func files(in folder: URL) -> [String] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return paths.sorted()
    }

    @Test func theDemoWritesNothingButWhatACommandRedirects() throws {
        let home = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = LobshProcess.environment(home: home)
        let statements = """
            leerling verwijder 1042
            gesprek nieuw 1521 --met mentor:"M. Smit" --soort loopbaangesprek --verslag "Wil de zorg in."
            zet thema presentatie
            demo herstel
            leerling lijst --klas H4A | naar csv > h4a.csv
            geschiedenis

            """
        let piped = try LobshProcess.run(["--demo"], input: statements, in: home, environment: environment)
        #expect(piped.status == 0, "\(piped.errors)")
        let script = try LobshProcess.run(
            ["--demo", "-c", "leerling lijst | aantal; demo herstel"], in: home, environment: environment)
        #expect(script.status == 0, "\(script.errors)")
        let tour = try LobshProcess.run(
            ["--demo", "--rondleiding"], input: "\n\nstop\n", in: home, environment: environment)
        #expect(tour.status == 0, "\(tour.errors)")
        #expect(WorkshopProcessTests.files(in: home) == ["h4a.csv"])
    }

    @Test func demoHerstelIsRefusedOnARealDatabase() throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LobshProcess.run(["--db", "school.sqlite", "-c", "demo herstel"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.errors == """
                -c:1:1: fout: demo herstel werkt alleen op de demoschool (lobsh --demo); een echte database wordt nooit teruggezet
                  demo herstel
                  ^^^^^^^^^^^^

                """)
        // It did not even open the database.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("school.sqlite").path))
    }

    @Test func leavingTheTourFromAPipeShowsTheFirstStepAndHowToComeBack() throws {
        let result = try LobshProcess.run(["--demo", "--rondleiding"], input: "stop\n")
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(
            result.output == """
                Rondleiding door lobsh op de demoschool Het Zuiderlicht College, in 10 stappen. Niets wat je hier doet raakt echte gegevens.

                Stap 1 van 10: Het overzicht
                  lobsh werkt met opdrachten: een groep (leerling, agenda, gesprek) en een
                  werkwoord (lijst, toon). 'help' toont alle groepen en commando's; 'help
                  leerling' alles van één groep. Tab vult namen, vlaggen en waarden aan.

                    help

                  Enter voert de opdracht uit; typ hem zelf of probeer iets anders. 'volgende'
                  slaat over, 'terug' gaat terug, 'stop' (of Ctrl-D) verlaat de rondleiding.
                rondleiding 1/10> stop

                Je verlaat de rondleiding bij stap 1. Typ 'rondleiding' om daar verder te gaan, 'rondleiding opnieuw' om opnieuw te beginnen.

                """)
    }

    @Test func theTourFromAPipeRunsShownAndTypedCommandsAndResumes() throws {
        let answers = [
            "",  // step 1: Enter runs `help`
            "leerling lijst --leerjaar 3 | eerste 5",  // step 2: typed as shown
            "leerling lijst --klas H4A | aantal",  // something else: runs, step 3 stays
            "volgende",  // skips step 3
            "stop",  // leaves at step 4
            "echo in de shell",
            "rondleiding",  // resumes at step 4
            "terug",  // back to step 3
            "q",
            "echo klaar",
        ]
        let result = try LobshProcess.run(
            ["--demo", "--tour", "--lang", "en"], input: answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(result.errors == "")
        let lines = result.output.components(separatedBy: "\n")
        let shown = lines.filter {
            $0.hasPrefix("Step ") || $0.hasPrefix("tour ") || $0.hasPrefix("lobsh[demo]> ") || $0.hasPrefix("Still ")
                || $0.hasPrefix("You leave") || $0 == "23" || $0 == "in de shell" || $0 == "klaar" || $0 == "(5 rows)"
        }
        #expect(
            shown == [
                "Step 1 of 10: The overview",
                "tour 1/10> ",
                "lobsh[demo]> help",
                "Step 2 of 10: Students and the pipeline",
                "tour 2/10> leerling lijst --leerjaar 3 | eerste 5",
                "(5 rows)",
                "Step 3 of 10: Filtering and sorting",
                "tour 3/10> leerling lijst --klas H4A | aantal",
                "23",
                "Still step 3 of 10. The command: leerling lijst | waar profiel = NG | sorteer achternaam | kolommen roepnaam achternaam klas | eerste 5   (Enter runs it)",
                "tour 3/10> volgende",
                "Step 4 of 10: The scan of the Kwaliteitsagenda",
                "tour 4/10> stop",
                "You leave the tour at step 4. Type 'rondleiding' to go on there, 'rondleiding opnieuw' to start again.",
                "in de shell",
                "Step 4 of 10: The scan of the Kwaliteitsagenda",
                "tour 4/10> terug",
                "Step 3 of 10: Filtering and sorting",
                "tour 3/10> q",
                "You leave the tour at step 3. Type 'rondleiding' to go on there, 'rondleiding opnieuw' to start again.",
                "klaar",
            ])
    }

    @Test(arguments: [
        (["--rondleiding"], "--rondleiding loopt op de demoschool: geef ook --demo"),
        (["--demo", "--tour", "-c", "help"], "--rondleiding leest de antwoorden van de terminal of van stdin"),
        (
            ["--tempo", "70000", "-c", "echo"],
            "--tempo is een aantal milliseconden van 0 tot en met 60000, niet '70000'"
        ),
        (["--tempo", "snel", "-c", "echo"], "snel"),
    ])
    func workshopOptionsAreCheckedAsUsageErrors(_ arguments: [String], _ message: String) throws {
        let result = try LobshProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
    }

    @Test func echoShowsThePromptBeforeEachStatement() throws {
        let result = try LobshProcess.run([
            "--demo", "--echo", "-c", "echo een\nleerling lijst --klas H4A |\n  aantal",
        ])
        #expect(
            result.output
                == "lobsh[demo]> echo een\neen\nlobsh[demo]> leerling lijst --klas H4A |\n          …>   aantal\n23\n")
    }

    @Test func tempoPausesBeforeEachStatementAndEchoes() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try LobshProcess.run(["--tempo", "50", "-c", "echo 1\necho 2\necho 3\necho 4"])
        let elapsed = clock.now - start
        #expect(
            result.output
                == "lobsh[school]> echo 1\n1\nlobsh[school]> echo 2\n2\nlobsh[school]> echo 3\n3\nlobsh[school]> echo 4\n4\n"
        )
        #expect(elapsed >= .milliseconds(150))
    }
}
