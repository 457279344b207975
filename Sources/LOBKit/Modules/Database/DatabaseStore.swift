import Foundation
import GRDB

/// The database module's tables and queries; all of its SQL is here.
///
/// `database_backup` lists the backups made (UTC time as ISO 8601 text); `database_instelling` holds the
/// module's settings, for now only `backupleeftijd` (days).
enum DatabaseSchema {
    static let migrations = [
        Migration(
            "v1-backup",
            sql: """
                CREATE TABLE database_backup (
                    id INTEGER PRIMARY KEY,
                    gemaakt TEXT NOT NULL,
                    bestand TEXT NOT NULL,
                    paginas INTEGER NOT NULL CHECK (paginas >= 0)
                );
                CREATE TABLE database_instelling (
                    sleutel TEXT PRIMARY KEY,
                    waarde TEXT NOT NULL
                );
                """)
    ]

    static let backupAgeKey = "backupleeftijd"
}

extension Store {
    /// Makes a checked backup in `path`, a new file private to its owner, and records it; a copy that fails
    /// (or fails its check) is removed. Returns the pages copied. `name` is `path` as the user wrote it.
    func makeBackup(to path: String, shownAs name: String, at time: Date) throws(LOBError) -> Int {
        let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        if descriptor < 0 {
            throw LOBError(.failed, Message(.backupFailed, name, String(cString: strerror(errno))))
        }
        close(descriptor)
        var kept = false
        defer {
            if !kept { try? FileManager.default.removeItem(atPath: path) }
        }
        let copy: (pages: Int, problems: [String])
        do {
            copy = try backup(into: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw LOBError(.failed, Message(.backupDiskFull, name), cause: error.message)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw Store.storeError(error)
        } catch {
            throw LOBError(.failed, Message(.backupFailed, name, Store.describe(error)))
        }
        if !copy.problems.isEmpty {
            throw LOBError(.failed, Message(.backupDamaged, name, copy.problems.prefix(3).joined(separator: "; ")))
        }
        try transaction { transaction throws(LOBError) in
            try transaction.recordBackup(path: path, pages: copy.pages, at: time)
        }
        kept = true
        return copy.pages
    }
}

extension StoreTransaction {
    /// The problems `PRAGMA integrity_check` finds in the open database; empty when it answers `ok`.
    func integrityProblems() throws(LOBError) -> [String] {
        try perform {
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return lines == ["ok"] ? [] : lines
        }
    }

    /// Records a backup made now of `pages` pages in `path`.
    func recordBackup(path: String, pages: Int, at time: Date) throws(LOBError) {
        try execute(
            "INSERT INTO database_backup (gemaakt, bestand, paginas) VALUES (?, ?, ?)",
            [.text(StoreTransaction.timestamp(time)), .text(path), .integer(pages)])
    }

    /// When the last backup was made, nil when none was.
    func lastBackupTime() throws(LOBError) -> Date? {
        let text = try perform { try String.fetchOne(db, sql: "SELECT max(gemaakt) FROM database_backup") }
        return text.flatMap(StoreTransaction.date(fromTimestamp:))
    }

    /// How many days old the last backup may be before lobsh reminds; 0 means never remind.
    func backupAgeDays() throws(LOBError) -> Int {
        let text = try perform {
            try String.fetchOne(
                db, sql: "SELECT waarde FROM database_instelling WHERE sleutel = ?",
                arguments: [DatabaseSchema.backupAgeKey])
        }
        return text.flatMap { Int($0) } ?? BackupReminder.defaultAgeDays
    }

    func setBackupAgeDays(_ days: Int) throws(LOBError) {
        try execute(
            "INSERT INTO database_instelling (sleutel, waarde) VALUES (?, ?) "
                + "ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde",
            [.text(DatabaseSchema.backupAgeKey), .text(String(days))])
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func date(fromTimestamp text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
