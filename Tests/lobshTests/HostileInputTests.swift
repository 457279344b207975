import Foundation
import Testing

/// Bad input of every kind (`Hostile/HostileCatalogue.swift`): lobsh never crashes, exits with the documented
/// code, and says what is wrong and where. Plus what needs more than a file: a read-only database, a full disk,
/// a database of a newer lobsh.
struct HostileInputTests {
    @Test func theCatalogueHoldsAtLeastSixtyDistinctCases() {
        #expect(HostileCatalogue.cases.count >= 60)
        #expect(Set(HostileCatalogue.cases.map(\.name)).count == HostileCatalogue.cases.count)
    }

    @Test(arguments: HostileCatalogue.cases)
    func aBadInputGetsItsExitCodeAndMessage(_ hostile: HostileCase) throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in hostile.folders {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for (name, data) in hostile.files {
            try data.write(to: folder.appendingPathComponent(name))
        }
        let result = try LobshProcess.run(hostile.arguments, in: folder, environment: hostile.environment)
        #expect(result.status == hostile.status, "\(result.errors.prefix(600))")
        if hostile.message.isEmpty {
            #expect(result.errors == "")
        } else {
            #expect(result.errors.contains(hostile.message), "\(result.errors.prefix(600))")
        }
        #expect(!result.errors.contains("Program crashed") && !result.errors.contains("Fatal error"))
    }

    /// The same statement on a database as a crash would have left it, for a before-and-after comparison.
    static func teamCount(_ database: String, in folder: URL) throws -> String {
        try LobshProcess.run(["--db", database, "-c", "team lijst | aantal"], in: folder).output
    }

    @Test(.enabled(if: Tmpfs.available))
    func aDatabaseOnAReadOnlyFileSystemIsRefusedPlainlyAndLeftAlone() throws {
        let disk = try #require(Tmpfs(size: "4m"))
        defer { disk.unmount() }
        let database = disk.folder.appendingPathComponent("school.sqlite").path
        #expect(try LobshProcess.run(["--db", database, "-c", "team nieuw \"A. Bakker\" --rol mentor"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        #expect(disk.remountReadOnly())
        let refusal =
            "-c:1:1: fout: kan de database '\(database)' niet openen: het bestand of de map ervan is alleen-lezen, en "
            + "lobsh moet er ook om te lezen naast kunnen schrijven; zet de rechten goed, of kopieer de database naar "
            + "een map van jezelf"
        // Reading works when SQLite's -wal and -shm files are still there, and is refused plainly when they are not.
        let read = try LobshProcess.run(["--db", database, "-c", "team lijst | aantal"])
        #expect(read.status == 0 ? read.output == "1\n" : read.status == 1 && read.errors.hasPrefix(refusal))
        let write = try LobshProcess.run(["--db", database, "-c", "team nieuw \"B. Claes\" --rol mentor"])
        #expect(write.status == 1)
        #expect(
            write.errors.hasPrefix(refusal)
                || write.errors.hasPrefix(
                    "-c:1:1: fout: de database is alleen-lezen: lobsh mag het bestand of de map ervan niet schrijven; "
                        + "er is niets gewijzigd")
        )
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    /// A database file that may not be written, while its folder may: read, not written, said plainly.
    @Test func aReadOnlyDatabaseFileIsReadButNotWritten() throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            try LobshProcess.run(["--db", "school.sqlite", "-c", "team nieuw \"A. Bakker\" --rol mentor"], in: folder)
                .status == 0)
        let path = folder.appendingPathComponent("school.sqlite").path
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path) }
        let write = try LobshProcess.run(
            ["--db", "school.sqlite", "-c", "team nieuw \"B. Claes\" --rol mentor"], in: folder)
        if getuid() == 0 {
            // root writes whatever the mode says; the file system test above covers root.
            #expect(write.status == 0)
        } else {
            #expect(write.status == 1)
            #expect(write.errors.contains("alleen-lezen"))
        }
    }

    @Test(.enabled(if: Tmpfs.available))
    func aFullDiskSaysSoAndTheDatabaseSurvives() throws {
        let disk = try #require(Tmpfs(size: "1m"))
        defer { disk.unmount() }
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster =
            "leerlingnummer;roepnaam;achternaam;leerjaar;schooltype\n"
            + (1...30_000).map { "\($0);Sem\($0);Bos;3;havo\n" }.joined()
        try roster.write(to: folder.appendingPathComponent("groot.csv"), atomically: true, encoding: .utf8)
        let database = disk.folder.appendingPathComponent("school.sqlite").path
        #expect(
            try LobshProcess.run(["--db", database, "-c", "team nieuw \"A. Bakker\" --rol mentor"], in: folder).status
                == 0)
        let full = try LobshProcess.run(["--db", database, "-c", "leerling importeer groot.csv"], in: folder)
        #expect(full.status == 1)
        #expect(full.errors.hasPrefix("-c:1:1: fout: de schijf is vol; er is niets gewijzigd"))
        let after = try LobshProcess.run(
            ["--db", database, "-c", "database controle; team lijst | aantal; leerling lijst | aantal"], in: folder)
        #expect(after.output == "de database is in orde (integrity_check: ok)\n1\n0\n")
        // A backup that does not fit is removed, not left half.
        let backup = try LobshProcess.run(
            ["--db", database, "-c", "database backup \(disk.folder.path)/kopie.sqlite"], in: folder)
        if backup.status != 0 {
            #expect(backup.errors.contains("de schijf is vol; de halve kopie is weggehaald"))
            #expect(!FileManager.default.fileExists(atPath: disk.folder.appendingPathComponent("kopie.sqlite").path))
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func aDatabaseOfANewerLobshIsRefusedAndLeftAlone() throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            try LobshProcess.run(["--db", "school.sqlite", "-c", "team nieuw \"A. Bakker\" --rol mentor"], in: folder)
                .status == 0)
        let path = folder.appendingPathComponent("school.sqlite").path
        let newer = try LobshProcess.run(
            executable: URL(fileURLWithPath: "/usr/bin/sqlite3"),
            [path, "INSERT INTO grdb_migrations VALUES ('team.v9-uit-de-toekomst'); PRAGMA wal_checkpoint(TRUNCATE);"])
        #expect(newer.status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try LobshProcess.run(["--db", "school.sqlite", "-c", "team lijst"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.errors.hasPrefix(
                "-c:1:1: fout: de database 'school.sqlite' is bijgewerkt door een nieuwere lobsh (migratie "
                    + "'team.v9-uit-de-toekomst' is hier onbekend); lobsh heeft er niets aan veranderd: open hem met die "
                    + "nieuwere lobsh"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
