import Foundation
import Testing

/// Several lobsh processes on one database file at once: nothing lost, nothing failed, and a plain message
/// when another program holds the database too long.
struct ConcurrencyTests {
    static let writers = 4
    static let conversationsEach = 1_000

    /// A database with 50 students, in a fresh folder.
    static func schoolWithStudents() throws -> URL {
        let folder = try LobshProcess.temporaryHome()
        let roster = (1...50).map { "\($0);Sem\($0);Bos;3;havo\n" }.joined()
        try ("leerlingnummer;roepnaam;achternaam;leerjaar;schooltype\n" + roster)
            .write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
        let result = try LobshProcess.run(["--db", "school.sqlite", "-c", "leerling importeer roster.csv"], in: folder)
        #expect(result.status == 0)
        return folder
    }

    @Test func fourWritersAndAReaderLoseNothing() throws {
        let folder = try Self.schoolWithStudents()
        defer { try? FileManager.default.removeItem(at: folder) }
        for writer in 1...Self.writers {
            let lines = (0..<Self.conversationsEach).map { index in
                "gesprek nieuw \(index % 50 + 1) --met mentor:\"J. de Vries\" --soort loopbaangesprek "
                    + "--datum 2026-10-01 --verslag \"schrijver \(writer) gesprek \(index)\"\n"
            }
            try lines.joined().write(
                to: folder.appendingPathComponent("schrijver\(writer).lob"), atomically: true, encoding: .utf8)
        }
        let started = Date()
        let running = try (1...Self.writers).map { writer in
            try LobshProcess.start(["--db", "school.sqlite", "schrijver\(writer).lob"], in: folder)
        }
        defer {
            for writer in running { writer.removeHome() }
        }
        // The reader counts throughout: every query succeeds and the count never goes down.
        var counts: [Int] = []
        while running.contains(where: { $0.process.isRunning }) {
            let read = try LobshProcess.run(["--db", "school.sqlite", "-c", "gesprek lijst | aantal"], in: folder)
            #expect(read.status == 0, "\(read.errors)")
            counts.append(Int(read.output.trimmingCharacters(in: .newlines)) ?? -1)
        }
        for writer in running {
            #expect(writer.wait() == 0)
            #expect(writer.errors == "")
        }
        let total = try LobshProcess.run(
            ["--db", "school.sqlite", "-c", "sql \"select count(distinct verslag) as n from gesprek\" | naar csv"],
            in: folder)
        #expect(total.output == "n\n\(Self.writers * Self.conversationsEach)\n")
        let listed = try LobshProcess.run(["--db", "school.sqlite", "-c", "gesprek lijst | aantal"], in: folder)
        #expect(listed.output == "\(Self.writers * Self.conversationsEach)\n")
        #expect(!counts.isEmpty)
        #expect(counts == counts.sorted())
        #expect(counts.allSatisfy { (0...Self.writers * Self.conversationsEach).contains($0) })
        print(
            "concurrency: \(Self.writers) × \(Self.conversationsEach) conversations, \(counts.count) reads, "
                + "\(Int(Date().timeIntervalSince(started) * 1000)) ms")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func aDatabaseHeldTooLongSaysSoAndWhatToDo() throws {
        let folder = try Self.schoolWithStudents()
        defer { try? FileManager.default.removeItem(at: folder) }
        // sqlite3 takes the write lock and keeps it until its stdin says otherwise.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [folder.appendingPathComponent("school.sqlite").path]
        let input = Pipe()
        let output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'vast';\n".utf8))
        var held = Data()
        while !(String(decoding: held, as: UTF8.self).contains("vast")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            held.append(chunk)
        }
        let started = Date()
        let result = try LobshProcess.run(
            ["--db", "school.sqlite", "-c", "gesprek nieuw 1 --met mentor:\"J. de Vries\" --datum 2026-10-01"],
            in: folder, environment: ["LOBSH_BUSY_TIMEOUT": "0.5"])
        let waited = Date().timeIntervalSince(started)
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        #expect(result.status == 1)
        #expect(
            result.errors.hasPrefix(
                "-c:1:1: fout: de database wordt te lang bezet gehouden door een ander programma (een andere lobsh, "
                    + "sqlite3 of een backup); wacht tot dat klaar is en probeer het dan opnieuw"))
        #expect(waited >= 0.5 && waited < 5)
        // Once the other program let go, the same command goes through.
        let again = try LobshProcess.run(
            ["--db", "school.sqlite", "-c", "gesprek nieuw 1 --met mentor:\"J. de Vries\" --datum 2026-10-01"],
            in: folder, environment: ["LOBSH_BUSY_TIMEOUT": "0.5"])
        #expect(again.status == 0)
    }
}
