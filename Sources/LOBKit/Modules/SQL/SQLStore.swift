import Foundation
import GRDB

/// The read-only SQL of `sql`; all of its SQL is here.
///
/// Three locks, because each one alone has a gap: the statement must be one statement that SQLite calls
/// read-only; its first keyword must not be one SQLite calls read-only although it changes the connection
/// (`ATTACH`, `DETACH`, `PRAGMA`, `VACUUM`, `ANALYZE`, `REINDEX`); and it runs with `PRAGMA query_only` on.
/// The tables it reads (its database region, which SQLite reports through views, subqueries, CTEs and
/// `count(*)`) must not include a private table.
enum SQLGuard {
    static let forbiddenKeywords: Set<String> = [
        "ATTACH", "DETACH", "PRAGMA", "VACUUM", "ANALYZE", "REINDEX", "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT",
        "RELEASE",
    ]

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
    /// Runs one read-only statement and returns its rows as a table; see `SQLGuard`.
    func readOnlyQuery(_ sql: String) throws(LOBError) -> Table {
        try checkInterruption()
        if let keyword = SQLGuard.forbiddenKeyword(in: sql) {
            throw LOBError(.failed, Message(.sqlReadOnly, keyword))
        }
        let outcome: Result<Table, LOBError>
        do {
            outcome = try runReadOnly(sql)
        } catch let error as DatabaseError where error.resultCode != .SQLITE_INTERRUPT {
            throw LOBError(.failed, Message(.sqlError, error.message ?? error.description))
        } catch {
            throw Store.storeError(error)
        }
        return try outcome.get()
    }

    private func runReadOnly(_ sql: String) throws -> Result<Table, LOBError> {
        let statements = try db.allStatements(sql: sql)
        guard let statement = try statements.next() else {
            return .failure(LOBError(.usage, Message(.sqlEmpty)))
        }
        if try statements.next() != nil {
            return .failure(LOBError(.failed, Message(.sqlMultipleStatements)))
        }
        guard statement.isReadonly else {
            let keyword = sql.split(whereSeparator: \.isWhitespace).first.map { $0.uppercased() } ?? sql
            return .failure(LOBError(.failed, Message(.sqlReadOnly, keyword)))
        }
        let region = statement.databaseRegion
        if let table = PrivateTables.names.first(where: { region.isModified(byEventsOfKind: .delete(tableName: $0)) }) {
            return .failure(LOBError(.failed, Message(.sqlPrivateTable, table)))
        }
        try db.execute(sql: "PRAGMA query_only = 1")
        let rows: [Row]
        do {
            rows = try Row.fetchAll(statement)
        } catch {
            try db.execute(sql: "PRAGMA query_only = 0")
            throw error
        }
        try db.execute(sql: "PRAGMA query_only = 0")
        let table = Table(
            columns: statement.columnNames,
            rows: rows.map { row in row.databaseValues.map(Self.value) })
        return .success(table)
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
