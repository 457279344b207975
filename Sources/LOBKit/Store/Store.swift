import Foundation
import GRDB

/// The school's database: one SQLite file (or the in-memory demo school), migrated per module.
///
/// Every command runs in one transaction through `transaction(_:)`; GRDB stays behind this façade.
public final class Store: Sendable {
    private let queue: DatabaseQueue
    /// Where a second, read-only connection finds this database (`sql` opens one): the file's path, or the
    /// `file:…?mode=memory&cache=shared` URI of a named in-memory database.
    let location: String
    /// The database file, nil for one in memory.
    let path: String?

    private init(queue: DatabaseQueue, location: String, path: String? = nil) {
        self.queue = queue
        self.location = location
        self.path = path
    }

    /// The default file: `$XDG_DATA_HOME/lobsh/school.sqlite`, else `~/.local/share/lobsh/school.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        let base: String
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = data
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = home + "/.local/share"
        }
        return base + "/lobsh/school.sqlite"
    }

    /// Opens (creating it private to its owner, mode 0600) the database at `path` and migrates it.
    ///
    /// A write waits up to `busyTimeout` seconds for another process's transaction. A database that a newer
    /// lobsh migrated (it lists migrations these modules do not know) is refused before anything is written.
    public static func open(
        path: String, modules: [any CommandModule], busyTimeout: Double = 10
    ) throws(LOBError) -> Store {
        try createPrivately(path)
        let checked = try refuseNewerSchema(modules, path: path, busyMode: .timeout(busyTimeout))
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw Store.storeError(error)
        } catch {
            // SQLite needs to write next to a database in WAL mode even to read it.
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if access(path, W_OK) != 0 || access(folder, W_OK) != 0 {
                throw LOBError(.failed, Message(.databaseFileReadOnly, path), cause: Store.describe(error))
            }
            throw LOBError(.failed, Message(.databaseOpenFailed, path), cause: Store.describe(error))
        }
        if !checked { try refuseNewerSchema(modules, path: path, queue: queue) }
        let store = Store(queue: queue, location: path, path: path)
        try store.migrate(modules)
        return store
    }

    /// An in-memory database holding the fictional demo school.
    public static func demo(modules: [any CommandModule], today: LOBDate = .today()) throws(LOBError) -> Store {
        let store = try memory(modules: modules)
        try store.loadDemoData(modules: modules, today: today)
        return store
    }

    /// Fills this (empty) store with the demo school, in one transaction.
    public func loadDemoData(modules: [any CommandModule], today: LOBDate) throws(LOBError) {
        try transaction { transaction throws(LOBError) in
            for module in modules {
                try module.loadDemoData(into: transaction, today: today)
            }
        }
    }

    /// Every row of every table, as text: two equal snapshots mean nothing was written in between.
    ///
    /// For the module kit's check that no command writes outside its transaction.
    package func contentSnapshot() throws(LOBError) -> [String] {
        do {
            return try queue.read { db in
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                var lines: [String] = []
                for table in tables {
                    let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                    for row in try Row.fetchAll(db, sql: "SELECT * FROM \(quoted)") {
                        lines.append(table + ": " + row.description)
                    }
                }
                return lines
            }
        } catch {
            throw Store.storeError(error)
        }
    }

    /// An empty in-memory database, migrated: for tests and dry runs.
    public static func inMemory(modules: [any CommandModule]) throws(LOBError) -> Store {
        try memory(modules: modules)
    }

    /// A named, shared-cache in-memory database, so that `sql` can open a read-only connection of its own to it;
    /// the name is unique, so no two stores ever share one.
    private static func memory(modules: [any CommandModule]) throws(LOBError) -> Store {
        let name = "lobsh-\(UUID().uuidString)"
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(named: name, configuration: Configuration())
        } catch {
            throw LOBError(.failed, Message(.databaseOpenFailed, ":memory:"), cause: Store.describe(error))
        }
        let store = Store(queue: queue, location: "file:\(name)?mode=memory&cache=shared")
        try store.migrate(modules)
        return store
    }

    private static func createPrivately(_ path: String) throws(LOBError) {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { return }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try manager.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw LOBError(.failed, Message(.databaseOpenFailed, path), cause: error.localizedDescription)
        }
        // Created with O_EXCL and 0600 before SQLite opens it: student data is for its owner only,
        // and SQLite gives the -wal and -shm files the same permissions.
        let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        if descriptor < 0 {
            if errno == EEXIST { return }
            throw LOBError(.failed, Message(.databaseOpenFailed, path), cause: String(cString: strerror(errno)))
        }
        close(descriptor)
    }

    /// Throws when the database records a migration of one of `modules` that the module does not have: a newer
    /// version of it wrote the database, and migrating or writing it with this one could mangle its data.
    ///
    /// Without `queue` it reads through a read-only connection of its own, before GRDB's set-up of a writable
    /// one writes to the file; it returns false when that connection cannot open (a read-only file system
    /// refuses its shared memory file), and the check is then made again with the writable `queue`.
    @discardableResult
    private static func refuseNewerSchema(
        _ modules: [any CommandModule], path: String, busyMode: Database.BusyMode = .immediateError,
        queue: DatabaseQueue? = nil
    ) throws(LOBError) -> Bool {
        let known = Set(modules.flatMap { module in module.migrations.map { "\(module.name).\($0.identifier)" } })
        let applied: Set<String>
        if let queue {
            do {
                applied = try queue.read { db in try DatabaseMigrator().appliedIdentifiers(db) }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                throw Store.storeError(error)
            } catch {
                throw LOBError(.failed, Message(.databaseOpenFailed, path), cause: Store.describe(error))
            }
        } else {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = busyMode
            do {
                let reader = try DatabaseQueue(path: path, configuration: configuration)
                applied = try reader.read { db in try DatabaseMigrator().appliedIdentifiers(db) }
                try reader.close()
            } catch {
                // Whatever stops it (a busy or read-only file system, a file that is no database) stops the
                // writable connection too, which reports it.
                return false
            }
        }
        // A migration of a module this lobsh lacks (another build's plug-in) leaves its tables unused: harmless.
        let names = Set(modules.map(\.name))
        let newer = applied.subtracting(known).filter { names.contains(String($0.prefix { $0 != "." })) }
        if let unknown = newer.sorted().first {
            throw LOBError(.failed, Message(.databaseNewerSchema, path, unknown))
        }
        return true
    }

    private func migrate(_ modules: [any CommandModule]) throws(LOBError) {
        // The SQL functions a migration may call to fill a new column (`lob_zoeksleutel`).
        queue.inDatabase { db in db.add(function: SearchKey.sqlFunction) }
        var migrator = DatabaseMigrator()
        for module in modules {
            for migration in module.migrations {
                migrator.registerMigration("\(module.name).\(migration.identifier)") { db in
                    try db.execute(sql: migration.sql)
                }
            }
        }
        do {
            let pending = try queue.read { db in try !migrator.hasCompletedMigrations(db) }
            try migrator.migrate(queue)
            // A migration that rewrites a big table leaves a big write-ahead log; lobsh exits without closing
            // the database, so every later process would read all of that log again when it opens the file
            // (0.2 s for the 83 MB of a national roster's search keys). Such a log is folded into the file and
            // emptied once here instead; a small one (a new database's) is left as it was.
            if pending, let path, Store.fileSize(path + "-wal") > Store.bigWriteAheadLog {
                _ = try? queue.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw Store.storeError(error)
        } catch {
            throw LOBError(.failed, Message(.migrationFailed), cause: Store.describe(error))
        }
    }

    /// A write-ahead log this big (SQLite's own checkpoint size, 1000 pages) is emptied after migrating.
    static let bigWriteAheadLog = 4_096_000

    /// The size of a file in bytes; 0 when there is none.
    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Runs `body` in one transaction: all of it is committed, or nothing when it throws.
    /// With `commit` false the transaction always rolls back: a dry run.
    public func transaction<T>(
        checking interruption: Interruption? = nil, commit: Bool = true,
        _ body: (StoreTransaction) throws(LOBError) -> T
    ) throws(LOBError) -> T {
        var outcome: Result<T, LOBError>?
        do {
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let transaction = StoreTransaction(db: db, interruption: interruption, location: location)
                    outcome = Store.capture {
                        () throws(LOBError) in
                        let result = try body(transaction)
                        // A Ctrl-C that came while Swift code ran still undoes the whole command.
                        try transaction.checkInterruption()
                        return result
                    }
                    return commit ? outcome?.completion ?? .rollback : .rollback
                }
            }
        } catch {
            throw Store.storeError(error)
        }
        return try Store.unwrap(outcome)
    }

    /// Runs `body`, keeping its typed error, for GRDB's untyped transaction blocks.
    static func capture<T>(_ body: () throws(LOBError) -> T) -> Result<T, LOBError> {
        do throws(LOBError) {
            return .success(try body())
        } catch {
            return .failure(error)
        }
    }

    static func unwrap<T>(_ outcome: Result<T, LOBError>?) throws(LOBError) -> T {
        switch outcome {
        case .success(let value): return value
        case .failure(let error): throw error
        case nil: throw LOBError(.failed, Message(.databaseError, "transaction"))
        }
    }

    /// Copies the database page by page into the empty SQLite file at `path` (SQLite's online backup, in one
    /// read transaction: a consistent copy while other processes go on writing), then checks the copy.
    ///
    /// Returns the copy's page count and what `PRAGMA integrity_check` found wrong in it (empty: sound).
    /// Not from inside `transaction(_:)`: the queue is not reentrant.
    func backup(into path: String) throws -> (pages: Int, problems: [String]) {
        let copy = try DatabaseQueue(path: path)
        try queue.backup(to: copy)
        let result = try copy.read { db in
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return (try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0, lines == ["ok"] ? [] : lines)
        }
        try copy.close()
        return result
    }

    /// Stops the statement running now (Ctrl-C); its transaction rolls back.
    public func interrupt() {
        queue.interrupt()
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? error.description
        }
        return String(describing: error)
    }

    static func storeError(_ error: any Error) -> LOBError {
        if let error = error as? LOBError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return LOBError(.failed, Message(.databaseBusy), cause: describe(error))
            case .SQLITE_INTERRUPT:
                return LOBError(.interrupted, Message(.interrupted))
            case .SQLITE_FULL:
                return LOBError(.failed, Message(.diskFull), cause: describe(error))
            case .SQLITE_READONLY:
                return LOBError(.failed, Message(.databaseReadOnly), cause: describe(error))
            default:
                break
            }
        }
        return LOBError(.failed, Message(.databaseError, describe(error)))
    }
}

/// The store inside one running command's transaction; the modules' queries are its extensions.
public struct StoreTransaction {
    let db: Database
    let interruption: Interruption?
    /// The store's `location`, for `sql`'s read-only connection.
    let location: String

    init(db: Database, interruption: Interruption? = nil, location: String) {
        self.db = db
        self.interruption = interruption
        self.location = location
    }

    /// Throws when Ctrl-C asked the running command to stop.
    public func checkInterruption() throws(LOBError) {
        if interruption?.isRequested == true { throw LOBError(.interrupted, Message(.interrupted)) }
    }

    /// Runs `body` in a savepoint: undone on its own when it throws, the transaction going on.
    func savepoint<T>(_ body: () throws(LOBError) -> T) throws(LOBError) -> T {
        var outcome: Result<T, LOBError>?
        do {
            try db.inSavepoint {
                outcome = Store.capture(body)
                return outcome?.completion ?? .rollback
            }
        } catch {
            throw Store.storeError(error)
        }
        return try Store.unwrap(outcome)
    }

    /// Runs a database call, turning GRDB's errors into LOBKit's.
    func perform<T>(_ body: () throws -> T) throws(LOBError) -> T {
        try checkInterruption()
        do {
            return try body()
        } catch {
            throw Store.storeError(error)
        }
    }
}

extension Result {
    /// Commit what succeeded, roll back what failed.
    fileprivate var completion: Database.TransactionCompletion {
        if case .success = self { return .commit }
        return .rollback
    }
}
