import Foundation
import GRDB

/// SQL for command modules' own tables: built-in modules and plug-ins keep their queries in their store
/// files, on top of these two calls; arguments and results are lobsh `Value`s, so GRDB stays inside LOBKit.
///
/// A module writes only its own tables (prefixed with its name, created by its migrations) and may read the
/// built-in ones. Everything runs inside the command's transaction.
extension StoreTransaction {
    /// Runs one statement that changes data, with `?` placeholders for `arguments`; returns the rows changed.
    @discardableResult
    public func execute(_ sql: String, _ arguments: [Value] = []) throws(LOBError) -> Int {
        try perform {
            try db.execute(sql: sql, arguments: StoreTransaction.databaseArguments(arguments))
            return db.changesCount
        }
    }

    /// The row id of the last row inserted in this transaction.
    public var lastInsertedRowID: Int64 { db.lastInsertedRowID }

    /// The rows of a query as a table, with the query's column names.
    public func query(_ sql: String, _ arguments: [Value] = []) throws(LOBError) -> Table {
        try perform {
            let statement = try db.makeStatement(sql: sql)
            let columns = statement.columnNames
            let rows = try Row.fetchAll(statement, arguments: StoreTransaction.databaseArguments(arguments)).map {
                row in
                Array(row.databaseValues.map(StoreTransaction.value))
            }
            return Table(columns: columns, rows: rows)
        }
    }

    static func databaseArguments(_ values: [Value]) -> StatementArguments {
        StatementArguments(
            values.map { value -> (any DatabaseValueConvertible)? in
                switch value {
                case .nothing: nil
                case .text(let text): text
                case .integer(let number): number
                case .decimal(let number): number
                case .date(let date): date.description
                case .schoolYear(let year): year.description
                case .record, .table: value.plainText
                }
            })
    }
}
