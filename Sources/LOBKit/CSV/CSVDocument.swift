/// The field separator of a delimited file.
public enum CSVSeparator: String, Sendable, CaseIterable {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"

    /// The separator's single UTF-8 byte, which is what the reader compares.
    var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        }
    }
}

/// One record of a delimited file, with the physical line (1-based) it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// The physical line the record starts on, counting line ends inside quoted fields.
    public var line: Int
    /// The fields, unquoted and not trimmed.
    public var fields: [String]

    /// Creates a record that starts on `line`.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// What can be structurally wrong with a delimited file.
public enum CSVProblem: Sendable, Equatable {
    /// A quoted field opened on `line` never closes; it runs to the end of the file.
    case unterminatedQuote(line: Int)
    /// Bytes that are not UTF-8, first on `line`; they read as U+FFFD.
    case invalidUTF8(line: Int)
    /// The file starts with a UTF-16 byte-order mark and was not read.
    case utf16
}

/// The result of reading a file: header, records, separator used, and structural problems.
public struct CSVDocument: Sendable, Equatable {
    /// The first record, nil for a file without any.
    public var header: CSVRecord?
    /// The records after the header, in file order.
    public var records: [CSVRecord]
    /// The separator the file was read with, given or detected.
    public var separator: CSVSeparator
    /// Whether the file started with a byte-order mark (a UTF-8 one is stripped before reading).
    public var hadByteOrderMark: Bool
    /// Structural problems in the order they were found; empty for a sound file.
    public var problems: [CSVProblem]

    /// Creates a document from its parts.
    public init(
        header: CSVRecord?,
        records: [CSVRecord],
        separator: CSVSeparator,
        hadByteOrderMark: Bool,
        problems: [CSVProblem]
    ) {
        self.header = header
        self.records = records
        self.separator = separator
        self.hadByteOrderMark = hadByteOrderMark
        self.problems = problems
    }
}
