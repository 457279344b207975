@testable import LOBKit

/// Runs one aggregate source on the demo school for the school year 2026-2027.
enum AggregateTestSupport {
    static func tables(_ source: some AggregateSource, year: String = "2026-2027") throws -> [AggregateTable] {
        let registry = try CommandRegistry(modules: BuiltinModules.all)
        let today = LOBDate(year: 2026, month: 11, day: 29) ?? LOBDate.today()
        let store = try Store.demo(modules: registry.modules, today: today)
        guard let schoolYear = SchoolYear(parsing: year) else { return [] }
        return try store.transaction { transaction throws(LOBError) in
            try source.tables(for: AggregateRequest(schoolYear: schoolYear, audience: .network), in: transaction)
        }
    }

    /// The count of one cell, 0 when the table has no such cell.
    static func count(_ table: AggregateTable, _ row: String, _ column: String) -> Int {
        table.cells.first { $0.row == row && $0.column == column }?.count.low ?? 0
    }

    /// A single-number `sql` result on the demo school.
    static func sqlCount(_ sql: String) throws -> Int {
        let registry = try CommandRegistry(modules: BuiltinModules.all)
        let today = LOBDate(year: 2026, month: 11, day: 29) ?? LOBDate.today()
        let store = try Store.demo(modules: registry.modules, today: today)
        let table = try store.transaction { transaction throws(LOBError) in try transaction.readOnlyQuery(sql) }
        guard case .integer(let number)? = table.rows.first?.first else { return -1 }
        return number
    }
}
