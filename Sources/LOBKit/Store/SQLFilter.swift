import GRDB

/// The `WHERE` clause of a query whose conditions are each optional, with its arguments.
struct SQLFilter {
    private var conditions: [String] = []
    private var values: [any DatabaseValueConvertible] = []

    /// Adds `condition`, holding one `?`, when `value` is given.
    mutating func add(_ condition: String, _ value: (any DatabaseValueConvertible)?) {
        guard let value else { return }
        conditions.append(condition)
        values.append(value)
    }

    /// Adds `column IN (?, …)` when `list` is given; an empty list matches nothing.
    mutating func add(_ column: String, in list: [any DatabaseValueConvertible]?) {
        guard let list else { return }
        conditions.append("\(column) IN (\(list.map { _ in "?" }.joined(separator: ",")))")
        values += list
    }

    /// ` WHERE a AND b`, or nothing.
    var whereClause: String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }

    var arguments: StatementArguments { StatementArguments(values) }
}
