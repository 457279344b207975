import GRDB

extension StoreTransaction {
    /// The lines of SQLite's `EXPLAIN QUERY PLAN` for a query the store runs, such as
    /// `SEARCH d USING INDEX deelname_datum (datum>? AND datum<?)`: for tests that keep the indexes in use.
    func queryPlan(_ sql: String, _ arguments: StatementArguments) throws(LOBError) -> [String] {
        try perform {
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { row in
                row["detail"] as String? ?? ""
            }
        }
    }

    /// The plan of a query with lobsh values as its arguments.
    func queryPlan(_ sql: String, _ arguments: [Value] = []) throws(LOBError) -> [String] {
        try queryPlan(sql, StoreTransaction.databaseArguments(arguments))
    }
}
