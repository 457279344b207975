import Foundation

/// A value that flows between pipeline stages and out to a renderer.
public enum Value: Sendable, Hashable {
    case nothing
    case text(String)
    case integer(Int)
    case decimal(Double)
    case date(LOBDate)
    case schoolYear(SchoolYear)
    case record(Record)
    case table(Table)

    /// The value as a table when it is one (a record is a one-row table).
    public var asTable: Table? {
        switch self {
        case .table(let table): table
        case .record(let record): Table(columns: record.fields.map(\.name), rows: [record.fields.map(\.value)])
        default: nil
        }
    }

    /// The text a cell shows: empty for nothing, ISO for dates.
    public var plainText: String {
        switch self {
        case .nothing: ""
        case .text(let text): text
        case .integer(let number): String(number)
        case .decimal(let number): Value.format(decimal: number)
        case .date(let date): date.description
        case .schoolYear(let year): year.description
        case .record(let record): record.fields.map { "\($0.name): \($0.value.plainText)" }.joined(separator: ", ")
        case .table(let table): "\(table.rows.count) × \(table.columns.count)"
        }
    }

    /// Whether the value is a number (right-aligned in tables, unquoted in JSON).
    public var isNumber: Bool {
        switch self {
        case .integer, .decimal: true
        default: false
        }
    }

    /// At most two decimals, without trailing zeros: `4.5`, `3.67`, `2`.
    static func format(decimal: Double) -> String {
        guard decimal.isFinite else { return String(decimal) }
        var text = String(format: "%.2f", decimal)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}

/// A named, ordered list of values: one student, one result.
public struct Record: Sendable, Hashable {
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: Value
        public init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    public var fields: [Field]

    public init(_ fields: [Field]) {
        self.fields = fields
    }

    public subscript(name: String) -> Value? {
        fields.first { $0.name == name }?.value
    }
}

/// Rows of values under named columns.
public struct Table: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The rows reduced to the columns at `indices`, in that order; a short row gives empty cells.
    func rows(projectedOnto indices: [Int]) -> [[Value]] {
        rows.map { row in indices.map { $0 < row.count ? row[$0] : .nothing } }
    }

    /// The index of a column, matched case-insensitively.
    public func columnIndex(_ name: String) -> Int? {
        if let exact = columns.firstIndex(of: name) { return exact }
        let folded = name.lowercased()
        return columns.firstIndex { $0.lowercased() == folded }
    }
}

extension Value {
    /// Reads a cell from a file: integers and ISO dates become typed, everything else stays text.
    public static func inferred(from text: String) -> Value {
        if text.isEmpty { return .nothing }
        if let number = Int(text), text.first != "0" || text == "0" { return .integer(number) }
        if text.contains("."), !text.hasPrefix("."), !text.hasSuffix("."), let number = Double(text),
            text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
        {
            return .decimal(number)
        }
        if text.count == 10, let date = LOBDate(parsing: text) { return .date(date) }
        return .text(text)
    }
}
