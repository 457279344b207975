public import Foundation

/// A CSV file read for a module's import (API 1.2), checked as lobsh's own imports check theirs: `,` or `;`, with
/// or without a BOM; a binary or UTF-16 file refused by name; each field's column found by its header spellings
/// (compared as ``CSVHeader/normalize(_:)`` leaves them), a header that stands twice refused; rows read by field;
/// every problem kept with its line and column, so that the import can refuse the whole file and list all of them
/// (all or nothing).
///
/// ```swift
/// let file = try CSVImportFile<Field>(
///     data: try context.readFile(path, at: span), path: path, spellings: \.spellings, mandatory: [.number], at: span)
/// var problems: [RowProblem] = []
/// for row in file.rows where row[.number].isEmpty { problems.append(file.problem(row, .number, reason)) }
/// try file.refuseIfProblems(problems, at: span, language: context.language)
/// ```
public struct CSVImportFile<Field: Hashable & CaseIterable & RawRepresentable> where Field.RawValue == String {
    /// One data row.
    public struct Row {
        /// The row's line in the file, from 1 for the header.
        public let line: Int
        fileprivate let fields: [String]
        fileprivate let columns: [Field: Int]

        /// The field's text without surrounding blanks; empty when the file has no column for it.
        public subscript(_ field: Field) -> String {
            guard let index = columns[field], index < fields.count else { return "" }
            return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The file's name as the user gave it, for messages.
    public let path: String
    /// The header line as written in the file.
    public let headers: [String]
    /// The rows with the right number of fields, in file order; blank lines are not rows.
    public private(set) var rows: [Row] = []
    /// What is wrong with the file's lines as lines (a quotation mark not closed, not UTF-8, a field too many or
    /// too few), by line; `refuseIfProblems` adds them to the import's own.
    public private(set) var problems: [RowProblem] = []
    private let columns: [Field: Int]

    /// Reads `data`; throws a data error (exit 3) when the file as a whole cannot be used: binary, UTF-16, empty,
    /// a header twice, a mandatory column missing.
    ///
    /// `spellings` gives a field's header spellings, most specific first, as ``CSVHeader/normalize(_:)`` leaves them.
    public init(
        data: Data, path: String, spellings: (Field) -> [String], mandatory: [Field], at span: SourceSpan
    ) throws(LOBError) {
        self.path = path
        try TextFileCheck.check(data, path: path, at: span)
        let document = CSVReader.read(data)
        if document.problems.contains(.utf16) { throw LOBError(.data, Message(.csvUTF16, path), at: span) }
        guard let header = document.header else { throw LOBError(.data, Message(.importEmptyFile, path), at: span) }
        headers = header.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let normalized = headers.map(CSVHeader.normalize)
        var columns: [Field: Int] = [:]
        for field in Field.allCases {
            guard let index = spellings(field).lazy.compactMap({ normalized.firstIndex(of: $0) }).first else {
                continue
            }
            // Two columns under one name: which one is meant cannot be told, so neither is guessed.
            if let twin = normalized.indices.first(where: { $0 != index && normalized[$0] == normalized[index] }) {
                throw LOBError(
                    .data, Message(.importDuplicateHeader, path, headers[index], String(index + 1), String(twin + 1)),
                    at: span)
            }
            columns[field] = index
        }
        let missing = mandatory.filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw LOBError(
                .data,
                Message(
                    .moduleImportMissingColumns, path, missing.map(\.rawValue).joined(separator: ", "),
                    headers.joined(separator: ", ")),
                at: span)
        }
        self.columns = columns

        let (lineProblems, unterminatedLine) = document.problems.badRows()
        problems = lineProblems.map { RowProblem(line: $0.line, reason: $0.message) }
        for record in document.records where record.line != unterminatedLine {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard record.fields.count == header.fields.count else {
                problems.append(
                    RowProblem(
                        line: record.line,
                        reason: Message(.rowFieldCount, String(record.fields.count), String(header.fields.count))))
                continue
            }
            rows.append(Row(line: record.line, fields: record.fields, columns: columns))
        }
    }

    /// The header the file uses for a field (the field's name when the file has no column for it).
    public func header(_ field: Field) -> String {
        columns[field].map { headers[$0] } ?? field.rawValue
    }

    /// Whether the file has a column for the field.
    public func has(_ field: Field) -> Bool { columns[field] != nil }

    /// A problem in `row` under `field`'s column.
    public func problem(_ row: Row, _ field: Field, _ reason: Message) -> RowProblem {
        RowProblem(line: row.line, column: header(field), reason: reason)
    }

    /// All or nothing: throws one data error (exit 3) that lists every problem, the file's own and `found`, by
    /// line as `file:line: column: reason`.
    public func refuseIfProblems(_ found: [RowProblem], at span: SourceSpan, language: UILanguage) throws(LOBError) {
        let all = (problems + found).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        guard !all.isEmpty else { return }
        let details = all.map { problem in
            guard let column = problem.column else {
                return Message(.badRowDetail, path, String(problem.line), problem.reason.text(language))
            }
            return Message(.badRowColumnDetail, path, String(problem.line), column, problem.reason.text(language))
        }
        throw LOBError(.data, Message(.moduleImportRefused, path, String(all.count)), at: span, details: details)
    }
}

/// How every import compares headers.
public enum CSVHeader {
    /// A header as the imports compare it: lower case, without blanks, dashes, underscores and dots
    /// (`Bsa-Positief` → `bsapositief`).
    public static func normalize(_ header: String) -> String {
        header.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" && $0 != "." }
    }
}

/// Something wrong in one line of an import file: where, and why.
public struct RowProblem: Error, Sendable {
    /// The line in the file, from 1 for the header.
    public var line: Int
    /// The column's header as the file writes it; nil for a problem with the line as a whole.
    public var column: String?
    public var reason: Message

    public init(line: Int, column: String? = nil, reason: Message) {
        self.line = line
        self.column = column
        self.reason = reason
    }
}
