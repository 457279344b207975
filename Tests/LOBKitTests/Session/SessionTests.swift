import Foundation
import Testing

@testable import LOBKit

@MainActor
struct SessionTests {
    @Test func variablesExpandInWordsAndQuotes() throws {
        let test = try TestSession(demo: false)
        #expect(try test.output("zet naam Zoë\necho \"hoi $naam\" ${naam}!") == "hoi Zoë Zoë!\n")
    }

    @Test func builtInVariablesKnowTodayAndTheSchoolYear() throws {
        let test = try TestSession(demo: false)
        #expect(try test.output("echo $vandaag $schooljaar") == "2026-11-29 2026-2027\n")
        #expect(try test.output("zet vandaag 2026-03-01\necho $schooljaar") == "2025-2026\n")
    }

    @Test func anUnknownVariableIsAnErrorWithASuggestion() throws {
        let test = try TestSession(demo: false)
        test.run("zet jaar 2025")
        #expect(test.run("echo $jaaar").error?.message == Message(.unknownVariableSuggest, "jaaar", "jaar"))
    }

    @Test func aScriptStopsAtItsFirstErrorUnlessKeepGoing() throws {
        let test = try TestSession(demo: false)
        let stopped = test.run("echo een\nechoo twee\necho drie")
        #expect(stopped.output == "")
        #expect(stopped.diagnostics.hasPrefix("test.lob:2:1: fout: onbekend commando 'echoo' (bedoelde je 'echo'?)"))
        test.session.keepGoing = true
        let going = test.run("echo een\nleerling toon 9999\necho drie")
        #expect(going.output == "een\ndrie\n")
        #expect(going.error?.kind == .failed)
    }

    @Test func stopEndsTheRun() throws {
        let test = try TestSession(demo: false)
        #expect(test.run("echo een\nstop 4\necho twee").output == "een\n")
        #expect(test.session.requestedExitCode == 4)
    }

    @Test func aFailingStatementRollsBackOnlyItself() throws {
        let test = try TestSession(demo: false)
        test.session.keepGoing = true
        test.run(
            "vestiging nieuw 99ZZ --naam Een\nvestiging nieuw 99ZZ --naam Dubbel\nvestiging nieuw 98YY --naam Twee")
        #expect(try test.output("vestiging lijst | kolommen naam | naar csv") == "naam\nEen\nTwee\n")
    }

    @Test func bronRunsAScriptRelativeToTheIncludingScript() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bron-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "bron sub/b.lob wie=Zoë\necho na".write(
            to: folder.appendingPathComponent("a.lob"), atomically: true, encoding: .utf8)
        try "bron c.lob\necho \"in b: $wie\"".write(
            to: folder.appendingPathComponent("sub/b.lob"), atomically: true, encoding: .utf8)
        try "echo in c".write(to: folder.appendingPathComponent("sub/c.lob"), atomically: true, encoding: .utf8)
        let test = try TestSession(demo: false)
        #expect(try test.output("bron \(folder.appendingPathComponent("a.lob").path)") == "in c\nin b: Zoë\nna\n")
    }

    @Test func anErrorInASourcedScriptNamesThatScript() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bron-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let inner = folder.appendingPathComponent("fout.lob")
        try "echo ok\n\nleerling lijst --klass X".write(to: inner, atomically: true, encoding: .utf8)
        let test = try TestSession(demo: true)
        let result = test.run("bron \(inner.path)\necho niet")
        #expect(result.output == "", "a script is checked whole before it runs")
        #expect(result.diagnostics.contains("fout.lob:3:16: fout: onbekende vlag '--klass' (bedoelde je '--klas'?)"))
        #expect(result.diagnostics.components(separatedBy: "fout:").count == 2, "reported once")
    }

    @Test func aScriptThatIncludesItselfIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zelf-\(UUID().uuidString).lob")
        try "bron \(path.lastPathComponent)".write(to: path, atomically: true, encoding: .utf8)
        let test = try TestSession(demo: false)
        #expect(test.run("bron \(path.path)").error?.message.key == .scriptIncludesItself)
    }

    @Test func redirectionWritesTheFormatOfTheExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("uit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let test = try TestSession(demo: true)
        let csv = folder.appendingPathComponent("h5.csv").path
        try test.output("leerling lijst --klas H5A | kolommen leerlingnummer | eerste 2 > \(csv)")
        let written = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(written.hasPrefix("leerlingnummer\n"))
        #expect(written.split(separator: "\n").count == 3)
        try test.output("echo extra >> \(csv)")
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasSuffix("\nextra\n"))
    }

    @Test func theWholeScriptIsCheckedBeforeAnythingRuns() throws {
        let test = try TestSession(demo: false)
        let result = test.run("vestiging nieuw 99ZZ --naam Een\nleerling lijst --klass H1")
        #expect(result.error?.kind == .usage)
        #expect(try test.output("vestiging lijst | aantal") == "0\n")
    }

    @Test func englishOnRequest() throws {
        let test = try TestSession(demo: true, language: .english)
        #expect(
            test.run("student list --yearr 3").diagnostics.contains(
                "error: unknown flag '--yearr' (did you mean '--year'?)"))
        #expect(try test.output("zet taal nl\nleerling lijst --leerjaar 1 | eerste 1").contains("(1 rij)"))
    }
}
