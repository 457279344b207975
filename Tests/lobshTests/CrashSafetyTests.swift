import Foundation
import Testing

/// lobsh killed with SIGKILL at random (seeded) moments, during a large import and during a long script:
/// afterwards the database is sound and holds exactly the state before or after each statement, never a part.
struct CrashSafetyTests {
    static let baseline = 100
    static let importRows = 30_000
    static let kills = 20

    /// A roster of `count` students numbered from `first`.
    static func roster(first: Int, count: Int) -> String {
        "leerlingnummer;roepnaam;achternaam;leerjaar;schooltype\n"
            + (first..<first + count).map { "\($0);Sem\($0);Bos;3;havo\n" }.joined()
    }

    /// Copies a database with its write-ahead log, as a crash would have left it.
    static func copyDatabase(_ name: String, to copy: String, in folder: URL) throws {
        for suffix in ["", "-wal"] {
            let source = folder.appendingPathComponent(name + suffix)
            let target = folder.appendingPathComponent(copy + suffix)
            try? FileManager.default.removeItem(at: target)
            if FileManager.default.fileExists(atPath: source.path) {
                try FileManager.default.copyItem(at: source, to: target)
            }
        }
    }

    /// `database controle` on `database`: SQLite's integrity check must answer ok.
    static func expectSound(_ database: String, in folder: URL) throws {
        let check = try LobshProcess.run(["--db", database, "-c", "database controle"], in: folder)
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output == "de database is in orde (integrity_check: ok)\n")
    }

    /// The first column of a one-row `sql` query, as text.
    static func value(_ query: String, in database: String, folder: URL) throws -> String {
        let result = try LobshProcess.run(["--db", database, "-c", "sql \"\(query)\" | naar tsv"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        return String(result.output.split(separator: "\n").dropFirst().first ?? "")
    }

    @Test func aKilledImportLeavesTheRosterAsBeforeOrAsAfter() throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.roster(first: 1, count: Self.baseline)
            .write(to: folder.appendingPathComponent("klein.csv"), atomically: true, encoding: .utf8)
        try Self.roster(first: 100_000, count: Self.importRows)
            .write(to: folder.appendingPathComponent("groot.csv"), atomically: true, encoding: .utf8)
        #expect(
            try LobshProcess.run(["--db", "voor.sqlite", "-c", "leerling importeer klein.csv"], in: folder).status == 0)

        // One run to the end: the state after, and how long the import takes.
        try Self.copyDatabase("voor.sqlite", to: "na.sqlite", in: folder)
        let started = Date()
        let full = try LobshProcess.run(["--db", "na.sqlite", "-c", "leerling importeer groot.csv"], in: folder)
        let duration = Date().timeIntervalSince(started)
        #expect(full.status == 0)
        let after = Self.baseline + Self.importRows
        #expect(try Self.value("select count(*) from leerling", in: "na.sqlite", folder: folder) == "\(after)")

        var random = SplitMix(seed: 2026)
        var outcomes: [Int: Int] = [:]
        for round in 0..<Self.kills {
            let database = "kill\(round).sqlite"
            try Self.copyDatabase("voor.sqlite", to: database, in: folder)
            let running = try LobshProcess.start(["--db", database, "-c", "leerling importeer groot.csv"], in: folder)
            Thread.sleep(forTimeInterval: Double.random(in: 0.02...duration, using: &random))
            running.kill()
            _ = running.wait()
            running.removeHome()
            try Self.expectSound(database, in: folder)
            let count = Int(try Self.value("select count(*) from leerling", in: database, folder: folder)) ?? -1
            #expect(count == Self.baseline || count == after, "round \(round): \(count) students")
            outcomes[count, default: 0] += 1
        }
        // Kills that landed before the end, or the test would have tested nothing.
        #expect((outcomes[Self.baseline] ?? 0) >= Self.kills / 2)
        print("crash safety: import of \(Self.importRows) rows takes \(Int(duration * 1000)) ms; kills: \(outcomes)")
    }

    /// Statement `k` (from 1): odd ones add member `Lid k`, even ones add a training `Cursus k` for `Lid k-1`.
    static let script = (1...300).map { statement in
        statement % 2 == 1
            ? "team nieuw \"Lid \(String(format: "%03d", statement))\" --rol mentor\n"
            : "team scholing \"Lid \(String(format: "%03d", statement - 1))\" --titel \"Cursus \(String(format: "%03d", statement))\" "
                + "--aanbieder Expertisepunt --datum 2026-10-01 --uren 2 --onderwerp loopbaangesprekken\n"
    }.joined()

    /// The number of statements whose effect the database shows, nil when it shows a part of one or a gap.
    static func completedStatements(_ database: String, in folder: URL) throws -> Int? {
        let state = try value(
            "select (select count(*) from team_lid), (select count(*) from team_rol), "
                + "(select count(*) from team_scholing), (select coalesce(max(naam), '') from team_lid), "
                + "(select coalesce(max(titel), '') from team_scholing), "
                + "(select count(*) from team_scholing_onderwerp)",
            in: database, folder: folder
        ).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard state.count == 6, let members = Int(state[0]), let trainings = Int(state[2]) else { return nil }
        let completed = members + trainings
        // After k statements: ceil(k/2) members each with one role, floor(k/2) trainings each with one topic, the
        // newest named after statement 2m-1 and 2t (names are unique, so the newest and the count fix them all).
        guard trainings == members || trainings == members - 1, state[1] == state[0], state[5] == state[2] else {
            return nil
        }
        let newestMember = members == 0 ? "" : "Lid " + String(format: "%03d", 2 * members - 1)
        let newestTraining = trainings == 0 ? "" : "Cursus " + String(format: "%03d", 2 * trainings)
        guard state[3] == newestMember, state[4] == newestTraining else { return nil }
        return completed
    }

    @Test func aKilledScriptStopsBetweenStatements() throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.script.write(to: folder.appendingPathComponent("lang.lob"), atomically: true, encoding: .utf8)
        // A migrated, empty database to start each round from.
        #expect(try LobshProcess.run(["--db", "leeg.sqlite", "-c", "database controle"], in: folder).status == 0)
        try Self.copyDatabase("leeg.sqlite", to: "vol.sqlite", in: folder)
        let started = Date()
        let full = try LobshProcess.run(["--db", "vol.sqlite", "lang.lob"], in: folder)
        let duration = Date().timeIntervalSince(started)
        #expect(full.status == 0)
        #expect(try Self.completedStatements("vol.sqlite", in: folder) == 300)

        var random = SplitMix(seed: 11)
        var completed: [Int] = []
        for round in 0..<Self.kills + 10 {
            let database = "kill\(round).sqlite"
            try Self.copyDatabase("leeg.sqlite", to: database, in: folder)
            let running = try LobshProcess.start(["--db", database, "lang.lob"], in: folder)
            Thread.sleep(forTimeInterval: Double.random(in: 0.01...duration, using: &random))
            running.kill()
            _ = running.wait()
            running.removeHome()
            try Self.expectSound(database, in: folder)
            let statements = try Self.completedStatements(database, in: folder)
            #expect(statements != nil, "round \(round): the database holds part of a statement")
            completed.append(statements ?? -1)
        }
        // Most kills landed in the middle of the script.
        #expect(completed.filter { (1..<300).contains($0) }.count >= Self.kills / 2)
        print("crash safety: script of 300 statements takes \(Int(duration * 1000)) ms; killed after \(completed)")
    }
}
