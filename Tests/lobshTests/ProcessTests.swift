import Foundation
import Testing

/// lobsh as a process: options, exit codes, stdin, scripts with a shebang, the database file.
struct ProcessTests {
    @Test func countsStudentsOfALeerjaar() throws {
        let result = try LobshProcess.run(["--demo", "-c", "leerling lijst --leerjaar 3 | aantal"])
        #expect(result.status == 0)
        #expect(Int(result.output.trimmingCharacters(in: .newlines)) ?? 0 > 100)
        #expect(result.errors == "")
    }

    @Test func filtersSortsAndWritesCSV() throws {
        let result = try LobshProcess.run([
            "--demo", "-c",
            "leerling lijst | waar schooltype = havo en leerjaar >= 4 | sorteer achternaam | kolommen leerlingnummer achternaam | naar csv",
        ])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "leerlingnummer,achternaam")
        #expect(lines.count > 50)
        let surnames = lines.dropFirst().map { String($0.split(separator: ",").last ?? "") }
        #expect(
            surnames
                == surnames.sorted {
                    $0.compare($1, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending
                })
    }

    @Test func aMistypedFlagIsAUsageErrorWithASuggestion() throws {
        let result = try LobshProcess.run(["--demo", "-c", "leerling lijst --leerjaarr 3"])
        #expect(result.status == 2)
        #expect(
            result.errors == """
                -c:1:16: fout: onbekende vlag '--leerjaarr' (bedoelde je '--leerjaar'?)
                  leerling lijst --leerjaarr 3
                                 ^^^^^^^^^^^

                """)
    }

    @Test func aBrokenRosterImportsNothing() throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "leerlingnummer;roepnaam;achternaam;leerjaar;schooltype\n1;Zoë;Jansen;3;havo\n2;Sem;Bos;drie;havo\n"
            .write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
        let result = try LobshProcess.run(["--db", "x.sqlite", "-c", "leerling importeer roster.csv"], in: folder)
        #expect(result.status == 3)
        #expect(result.errors.contains("roster.csv:3: leerjaar 'drie' is geen getal"))
        let count = try LobshProcess.run(["--db", "x.sqlite", "-c", "leerling lijst | aantal"], in: folder)
        #expect(count.output == "0\n")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("x.sqlite").path)[
            .posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o600)
    }

    @Test func theDefaultDatabaseLivesUnderXDGDataHome() throws {
        let home = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let data = home.appendingPathComponent("data")
        let result = try LobshProcess.run(
            ["-c", "vestiging lijst | aantal"], environment: ["XDG_DATA_HOME": data.path])
        #expect(result.output == "0\n")
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("lobsh/school.sqlite").path))
    }

    @Test func echoNeverOpensTheDatabase() throws {
        let home = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let data = home.appendingPathComponent("data")
        let result = try LobshProcess.run(["-c", "echo hoi"], environment: ["XDG_DATA_HOME": data.path])
        #expect(result.output == "hoi\n")
        #expect(!FileManager.default.fileExists(atPath: data.path))
    }

    @Test func pipedStdinRunsWithoutAPrompt() throws {
        let result = try LobshProcess.run(
            ["--demo"], input: "zet k H4A\nleerling lijst --klas $k |\n  aantal\necho klaar\n")
        #expect(result.status == 0)
        #expect(result.output.hasSuffix("\nklaar\n"))
        #expect(!result.output.contains("lobsh["))
        #expect(!result.output.contains("rondleiding"), "no banner")
        let dash = try LobshProcess.run(["--demo", "-"], input: "echo via -\n")
        #expect(dash.output == "via -\n")
    }

    @Test func stdinStopsAtTheFirstErrorWithItsLine() throws {
        let result = try LobshProcess.run(["--demo"], input: "echo een\nleerling toon 1\necho twee\n")
        #expect(result.status == 1)
        #expect(result.output == "een\n")
        #expect(result.errors.hasPrefix("<stdin>:2:15: fout: er is geen leerling met nummer 1"))
    }

    @Test func aScriptWithAShebangTakesParameters() throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("groet.lob")
        try
            "#!/usr/bin/env lobsh\n# Groet iemand.\necho \"Hallo $wie, het is $schooljaar\" > /dev/null\necho \"Hallo $wie\"\n"
            .write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let result = try LobshProcess.shell("./groet.lob wie=Zoë", in: folder)
        #expect(result.output == "Hallo Zoë\n")
        #expect(result.status == 0)
        let missing = try LobshProcess.run(["groet.lob"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("onbekende variabele '$wie'"))
    }

    @Test func echoShowsEachStatementBeforeItRuns() throws {
        let result = try LobshProcess.run(["--echo", "-c", "echo een; echo twee"])
        #expect(result.output == "lobsh[school]> echo een\neen\nlobsh[school]> echo twee\ntwee\n")
    }

    @Test func keepGoingRunsEveryStatementAndExitsWithTheFirstError() throws {
        let result = try LobshProcess.run(["--demo", "--doorgaan", "-c", "leerling toon 1\necho verder"])
        #expect(result.output == "verder\n")
        #expect(result.status == 1)
    }

    @Test(arguments: [
        (["--versie"], "onbekende optie '--versie' (bedoelde je '--version'?)"),
        (["--demo", "--db", "x.sqlite", "-c", "echo"], "--demo en --db gaan niet samen"),
        (["--lang", "fr", "-c", "echo"], "'fr' is geen geldige waarde voor --lang"),
        (["bestaat-niet.lob"], "bestand 'bestaat-niet.lob' bestaat niet"),
        (["-c", "echo", "geen-parameter"], "parameters zijn naam=waarde"),
    ])
    func badProcessOptionsAreUsageErrors(_ arguments: [String], _ message: String) throws {
        let result = try LobshProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
    }

    @Test func helpAndVersionSpeakTheChosenLanguage() throws {
        let dutch = try LobshProcess.run(["--help"])
        #expect(dutch.status == 0)
        #expect(dutch.output.contains("Afsluitcodes: 0 gelukt"))
        let english = try LobshProcess.run(["--help"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.output.contains("Exit codes: 0 success"))
        let forced = try LobshProcess.run(["--lang", "en", "--demo", "-c", "leerling toon 1"])
        #expect(forced.errors.contains("error: there is no student with number 1"))
        let version = try LobshProcess.run(["--version"])
        #expect(version.output.hasPrefix("lobsh "))
    }

    @Test func noColoursWhenNotATerminal() throws {
        let result = try LobshProcess.run(["--demo", "-c", "leerling lijst --leerjaarr 1"])
        #expect(!result.errors.contains("\u{1B}["))
    }

    @Test func stopSetsTheExitCode() throws {
        #expect(try LobshProcess.run(["-c", "stop 4"]).status == 4)
    }
}

/// Ctrl-C (SIGINT) outside the prompt: the running command stops, rolls back, and lobsh exits with 130.
struct InterruptTests {
    @Test func anInterruptedImportInAScriptWritesNothingAndExits130() throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows = "leerlingnummer,roepnaam,achternaam,leerjaar,schooltype\n"
        for number in 0..<300_000 { rows += "\(100_000 + number),Zoë,Jansen,\(1 + number % 5),havo\n" }
        try rows.write(to: folder.appendingPathComponent("groot.csv"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = LobshProcess.executable
        process.arguments = ["--db", "school.sqlite", "-c", "leerling importeer groot.csv"]
        process.currentDirectoryURL = folder
        process.environment = LobshProcess.environment(home: folder)
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let count = try LobshProcess.run(["--db", "school.sqlite", "-c", "leerling lijst | aantal"], in: folder)
        #expect(count.output == "0\n")
    }

    @Test func anInterruptWhileReadingAPipeExits130() throws {
        let process = Process()
        process.executableURL = LobshProcess.executable
        process.arguments = ["--demo", "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.environment = LobshProcess.environment(home: try LobshProcess.temporaryHome())
        try process.run()
        input.fileHandleForWriting.write(Data("echo een\n".utf8))
        Thread.sleep(forTimeInterval: 0.5)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "een\n")
    }
}

/// The agenda and the policy from the command line, as the issue asks for them.
struct AgendaProcessTests {
    @Test func theScanCountsAndReportWork() throws {
        let evaluation = try LobshProcess.run(["--demo", "-c", "agenda scan --als evaluatie"])
        #expect(evaluation.status == 0)
        #expect(evaluation.output.contains("Waar aanscherpen"))
        #expect(try LobshProcess.run(["--demo", "-c", "agenda normen | aantal"]).output == "8\n")
        #expect(try LobshProcess.run(["--demo", "-c", "beleid vragen | aantal"]).output == "7\n")
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try LobshProcess.shell("lobsh --demo -c 'agenda rapport --formaat html' > scan.html", in: folder)
        #expect(report.status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("scan.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Het Zuiderlicht College"))
    }
}

/// The programme from the command line, as the activities issue asks for it.
struct ProgrammeProcessTests {
    @Test func coverageCoherenceAndObligationsWork() throws {
        let coverage = try LobshProcess.run(["--demo", "-c", "activiteit dekking"])
        #expect(coverage.status == 0)
        #expect(coverage.errors.contains("netwerken in leerjaar 2"))
        let coherence = try LobshProcess.run(["--demo", "-c", "activiteit samenhang | aantal"])
        #expect(coherence.status == 0)
        #expect(coherence.output == "6\n")
        let check = try LobshProcess.run([
            "--demo", "-c", "verplichting check --leerjaar 5 | waar schooltype = havo | aantal",
        ])
        #expect(check.status == 0)
        #expect(Int(check.output.trimmingCharacters(in: .newlines)) ?? 0 > 20)
        let pipeline = try LobshProcess.run([
            "--demo", "-c", "leerling lijst --klas H4A | deelname registreer OD-HAN --datum 2026-11-14",
        ])
        #expect(pipeline.status == 0)
        #expect(pipeline.output.hasPrefix("OD-HAN op 2026-11-14 (deelgenomen): "))
    }
}

/// Conversations and the career document from the command line, as their issue asks for them.
struct ConversationProcessTests {
    @Test func theWeeklyQueryAndTheDossierExportWork() throws {
        let without = try LobshProcess.run(["--demo", "-c", "gesprek zonder --sinds 2026-09-01 --leerjaar 3 | aantal"])
        #expect(without.status == 0)
        #expect(Int(without.output.trimmingCharacters(in: .newlines)) != nil)
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try LobshProcess.shell(
            "lobsh --demo -c 'dossier exporteer 1042 --formaat html' > d.html", in: folder)
        #expect(export.status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("d.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let unknown = try LobshProcess.run(["--demo", "-c", "dossier exporteer 99999"])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("99999"))
    }
}
