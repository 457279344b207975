import Foundation
import GRDB
import GRDBSQLite

/// The read-only SQL of `sql`; all of its SQL is here.
///
/// `sql` never runs on the store's own connection. It opens a second SQLite connection of its own to the same
/// database (the file, or the demo's named in-memory database), with `SQLITE_OPEN_READONLY`, `query_only` on,
/// and an authorizer that allows reading and nothing else: no INSERT, UPDATE, DELETE, CREATE, DROP, ALTER,
/// ATTACH, DETACH, transactions, savepoints or pragmas (not even table-valued ones such as `pragma_table_info`), no unsafe functions
/// (`load_extension`, `readfile`, `writefile`, …), and no read of a private table (`PrivateTables`), whether
/// directly or through a view, a subquery, a CTE or `count(*)`. A denial is an error, never a silently empty
/// column. The leading-keyword check below comes first, for a message that names the keyword.
enum SQLGuard {
    static let forbiddenKeywords: Set<String> = [
        "ATTACH", "DETACH", "PRAGMA", "VACUUM", "ANALYZE", "REINDEX", "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT",
        "RELEASE",
    ]

    /// Functions that reach outside the database or load code.
    static let forbiddenFunctions: Set<String> = [
        "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "sqlar_compress", "sqlar_uncompress",
        "zipfile", "shell_add_schema", "shell_module_schema",
    ]

    /// Whether what follows a statement is only blanks, semicolons and comments.
    static func isBlank(_ sql: Substring) -> Bool {
        var rest = sql
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == ";" }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return false }
                rest = rest[end.upperBound...]
            } else {
                return rest.isEmpty
            }
        }
    }

    /// The statement's first word, upper-cased, for a message.
    static func firstWord(of sql: String) -> String {
        sql.split(whereSeparator: \.isWhitespace).first.map { $0.uppercased() } ?? sql
    }

    /// The statement's leading keywords (after comments, and past `EXPLAIN [QUERY PLAN]`); a forbidden one,
    /// if any.
    static func forbiddenKeyword(in sql: String) -> String? {
        var keywords: [String] = []
        var rest = Substring(sql)
        while keywords.count < 4 {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { break }
                rest = rest[end.upperBound...]
            } else {
                let word = rest.prefix { $0.isLetter }
                guard !word.isEmpty else { break }
                keywords.append(word.uppercased())
                rest = rest.dropFirst(word.count)
            }
        }
        var index = 0
        if keywords.first == "EXPLAIN" {
            index = keywords.dropFirst().starts(with: ["QUERY", "PLAN"]) ? 3 : 1
        }
        guard index < keywords.count else { return nil }
        return forbiddenKeywords.contains(keywords[index]) ? keywords[index] : nil
    }
}

extension StoreTransaction {
    /// Runs one read-only statement on a read-only connection of its own and returns its rows as a table; see
    /// `SQLGuard`.
    func readOnlyQuery(_ sql: String) throws(LOBError) -> Table {
        try checkInterruption()
        if let keyword = SQLGuard.forbiddenKeyword(in: sql) {
            throw LOBError(.failed, Message(.sqlReadOnly, keyword))
        }
        let connection = try ReadOnlyConnection(location: location, interruption: interruption)
        return try connection.query(sql)
    }

    /// A SQLite value as a table cell; a blob as its size, never its bytes.
    static func value(_ value: DatabaseValue) -> Value {
        switch value.storage {
        case .null: .nothing
        case .int64(let number): .integer(Int(number))
        case .double(let number): .decimal(number)
        case .string(let text): .text(text)
        case .blob(let data): .text("<blob \(data.count) bytes>")
        }
    }
}

/// What the authorizer of a `ReadOnlyConnection` refused first, and Ctrl-C for its progress handler.
private final class SQLAuthorization {
    enum Denial {
        case write(String)
        case privateTable(String)
        case function(String)
    }

    var denial: Denial?
    let interruption: Interruption?

    init(interruption: Interruption?) {
        self.interruption = interruption
    }

    /// SQLITE_OK for what only reads, SQLITE_DENY (remembered) for everything else.
    func authorize(_ action: Int32, _ first: String?, _ second: String?) -> Int32 {
        switch action {
        case SQLITE_SELECT, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_READ:
            if let table = first,
                let name = PrivateTables.names.first(where: { $0.caseInsensitiveCompare(table) == .orderedSame })
            {
                return deny(.privateTable(name))
            }
            return SQLITE_OK
        case SQLITE_FUNCTION:
            let name = (second ?? "").lowercased()
            return SQLGuard.forbiddenFunctions.contains(name) ? deny(.function(name)) : SQLITE_OK
        case SQLITE_PRAGMA:
            return deny(.write("PRAGMA"))
        default:
            return deny(.write(Self.keyword(action)))
        }
    }

    private func deny(_ denial: Denial) -> Int32 {
        if self.denial == nil { self.denial = denial }
        return SQLITE_DENY
    }

    /// The keyword a user would recognise for an action SQLite asks about.
    static func keyword(_ action: Int32) -> String {
        switch action {
        case SQLITE_INSERT: "INSERT"
        case SQLITE_UPDATE: "UPDATE"
        case SQLITE_DELETE: "DELETE"
        case SQLITE_ATTACH: "ATTACH"
        case SQLITE_DETACH: "DETACH"
        case SQLITE_TRANSACTION: "BEGIN"
        case SQLITE_SAVEPOINT: "SAVEPOINT"
        case SQLITE_ALTER_TABLE: "ALTER"
        case SQLITE_REINDEX: "REINDEX"
        case SQLITE_ANALYZE: "ANALYZE"
        case SQLITE_DROP_INDEX, SQLITE_DROP_TABLE, SQLITE_DROP_TEMP_INDEX, SQLITE_DROP_TEMP_TABLE,
            SQLITE_DROP_TEMP_TRIGGER, SQLITE_DROP_TEMP_VIEW, SQLITE_DROP_TRIGGER, SQLITE_DROP_VIEW, SQLITE_DROP_VTABLE:
            "DROP"
        default: "CREATE"
        }
    }
}

/// A read-only SQLite connection of `sql`'s own, closed when it goes.
private final class ReadOnlyConnection {
    private let handle: OpaquePointer
    private let authorization: SQLAuthorization

    init(location: String, interruption: Interruption?) throws(LOBError) {
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(location, &opened, flags, nil)
        guard let opened else { throw LOBError(.failed, Message(.databaseOpenFailed, location)) }
        handle = opened
        authorization = SQLAuthorization(interruption: interruption)
        guard status == SQLITE_OK else {
            let message = String(cString: sqlite3_errmsg(opened))
            sqlite3_close_v2(opened)
            throw LOBError(.failed, Message(.databaseOpenFailed, location), cause: message)
        }
        sqlite3_busy_timeout(handle, 10_000)
        // The demo's in-memory database shares its cache with the store's connection, whose open transaction
        // holds table locks; reading uncommitted rows avoids SQLITE_LOCKED there (a file uses WAL instead).
        let pragmas = "PRAGMA query_only = 1; PRAGMA read_uncommitted = 1;"
        guard sqlite3_exec(handle, pragmas, nil, nil, nil) == SQLITE_OK else {
            throw LOBError(.failed, Message(.sqlError, String(cString: sqlite3_errmsg(handle))))
        }
        let context = Unmanaged.passUnretained(authorization).toOpaque()
        sqlite3_set_authorizer(
            handle,
            { context, action, first, second, _, _ in
                guard let context else { return SQLITE_DENY }
                let authorization = Unmanaged<SQLAuthorization>.fromOpaque(context).takeUnretainedValue()
                return authorization.authorize(
                    action, first.map { String(cString: $0) }, second.map { String(cString: $0) })
            }, context)
        sqlite3_progress_handler(
            handle, 1000,
            { context in
                guard let context else { return 1 }
                let authorization = Unmanaged<SQLAuthorization>.fromOpaque(context).takeUnretainedValue()
                return authorization.interruption?.isRequested == true ? 1 : 0
            }, context)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// The rows of one statement, with its column names.
    func query(_ sql: String) throws(LOBError) -> Table {
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let utf8 = Array(sql.utf8CString)
        let status = utf8.withUnsafeBufferPointer { buffer -> (Int32, String) in
            guard let base = buffer.baseAddress else { return (SQLITE_MISUSE, "") }
            let code = sqlite3_prepare_v2(handle, base, Int32(buffer.count), &statement, &tail)
            let rest = tail.map { String(cString: $0) } ?? ""
            return (code, rest)
        }
        defer { sqlite3_finalize(statement) }
        guard status.0 == SQLITE_OK else { throw error(status.0, sql: sql) }
        guard let statement else { throw LOBError(.usage, Message(.sqlEmpty)) }
        guard SQLGuard.isBlank(Substring(status.1)) else { throw LOBError(.failed, Message(.sqlMultipleStatements)) }
        guard sqlite3_stmt_readonly(statement) != 0 else {
            throw LOBError(.failed, Message(.sqlReadOnly, SQLGuard.firstWord(of: sql)))
        }
        let count = sqlite3_column_count(statement)
        let columns = (0..<count).map { index in sqlite3_column_name(statement, index).map { String(cString: $0) } ?? ""
        }
        var rows: [[Value]] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw error(step, sql: sql) }
            rows.append((0..<count).map { index in Self.cell(statement, index) })
        }
        return Table(columns: columns, rows: rows)
    }

    private static func cell(_ statement: OpaquePointer, _ index: Int32) -> Value {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: .integer(Int(sqlite3_column_int64(statement, index)))
        case SQLITE_FLOAT: .decimal(sqlite3_column_double(statement, index))
        case SQLITE_TEXT: .text(sqlite3_column_text(statement, index).map { String(cString: $0) } ?? "")
        case SQLITE_BLOB: .text("<blob \(sqlite3_column_bytes(statement, index)) bytes>")
        default: .nothing
        }
    }

    /// The error for a failed call: what the authorizer refused, Ctrl-C, or SQLite's own message.
    private func error(_ code: Int32, sql: String) -> LOBError {
        switch authorization.denial {
        case .privateTable(let table): return LOBError(.failed, Message(.sqlPrivateTable, table))
        case .write(let keyword):
            // SQLite asks about a DROP as a DELETE first: name what the user wrote when it is a write.
            let written = SQLGuard.firstWord(of: sql)
            let writes: Set<String> = ["DROP", "CREATE", "ALTER", "INSERT", "UPDATE", "DELETE", "REPLACE"]
            return LOBError(.failed, Message(.sqlReadOnly, writes.contains(written) ? written : keyword))
        case .function(let name): return LOBError(.failed, Message(.sqlForbiddenFunction, name))
        case nil: break
        }
        if code == SQLITE_INTERRUPT { return LOBError(.interrupted, Message(.interrupted)) }
        return LOBError(.failed, Message(.sqlError, String(cString: sqlite3_errmsg(handle))))
    }
}
