import Foundation
import LOBKit

/// A CSV file read for one of the module's imports: `,` or `;`, with or without a BOM; each field's column found
/// by its header spellings; rows read by field; every problem kept with its line and column, so that an import
/// can refuse the whole file and list all of them (all or nothing).
struct ModuleCSV<Field: Hashable & CaseIterable & RawRepresentable> where Field.RawValue == String {
    /// One data row.
    struct Row {
        let line: Int
        fileprivate let fields: [String]
        fileprivate let columns: [Field: Int]

        /// The field's text without surrounding blanks; empty when the file has no column for it.
        subscript(_ field: Field) -> String {
            guard let index = columns[field], index < fields.count else { return "" }
            return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    let path: String
    /// The header line as written in the file.
    let headers: [String]
    let columns: [Field: Int]
    /// The rows with the right number of fields, in file order.
    var rows: [Row] = []
    /// What is wrong, by line.
    var problems: [RowProblem] = []

    /// Reads `data`; throws a data error when the file as a whole cannot be used (UTF-16, empty, a column missing).
    init(
        data: Data, path: String, spellings: (Field) -> [String], mandatory: [Field], at span: SourceSpan
    ) throws(LOBError) {
        self.path = path
        let document = CSVReader.read(data)
        if document.problems.contains(.utf16) {
            throw LOBError(.data, Message(VoHoText.fileUTF16, path), at: span)
        }
        guard let header = document.header else {
            throw LOBError(.data, Message(VoHoText.fileEmpty, path), at: span)
        }
        headers = header.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let normalized = headers.map(CSVHeader.normalize)
        var columns: [Field: Int] = [:]
        for field in Field.allCases {
            if let index = spellings(field).lazy.compactMap({ normalized.firstIndex(of: $0) }).first {
                columns[field] = index
            }
        }
        let missing = mandatory.filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw LOBError(
                .data,
                Message(
                    VoHoText.fileMissingColumns, path, missing.map(\.rawValue).joined(separator: ", "),
                    headers.joined(separator: ", ")),
                at: span)
        }
        self.columns = columns

        var brokenLine: Int?
        for problem in document.problems {
            switch problem {
            case .unterminatedQuote(let line):
                brokenLine = line
                problems.append(RowProblem(line: line, column: nil, reason: Message(VoHoText.rowUnterminatedQuote)))
            case .invalidUTF8(let line):
                problems.append(RowProblem(line: line, column: nil, reason: Message(VoHoText.rowInvalidUTF8)))
            case .utf16:
                break
            }
        }
        for record in document.records where record.line != brokenLine {
            // A blank line in the middle of a file is not a row.
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard record.fields.count == header.fields.count else {
                problems.append(
                    RowProblem(
                        line: record.line, column: nil,
                        reason: Message(
                            VoHoText.rowFieldCount, String(record.fields.count), String(header.fields.count))))
                continue
            }
            rows.append(Row(line: record.line, fields: record.fields, columns: columns))
        }
    }

    /// The header the file uses for a field (its first spelling when the file has no column for it).
    func header(_ field: Field) -> String {
        columns[field].map { headers[$0] } ?? field.rawValue
    }

    /// Whether the file has a column for the field.
    func has(_ field: Field) -> Bool { columns[field] != nil }

    /// A problem in `row` under `field`'s column.
    func problem(_ row: Row, _ field: Field, _ reason: Message) -> RowProblem {
        RowProblem(line: row.line, column: header(field), reason: reason)
    }

    /// All or nothing: throws one data error (exit 3) that lists every problem as `file:line: column: reason`.
    func refuseIfProblems(_ found: [RowProblem], at span: SourceSpan, language: UILanguage) throws(LOBError) {
        let all = (problems + found).sorted { $0.line < $1.line }
        guard !all.isEmpty else { return }
        let details = all.map { problem in
            guard let column = problem.column else {
                return Message(VoHoText.rowDetail, path, String(problem.line), problem.reason.text(language))
            }
            return Message(
                VoHoText.rowDetailColumn, path, String(problem.line), column, problem.reason.text(language))
        }
        throw LOBError(.data, Message(VoHoText.importRefused, path, String(all.count)), at: span, details: details)
    }
}

/// How the imports compare headers.
enum CSVHeader {
    /// Header text as compared: lower case, without blanks, dashes, underscores and dots.
    static func normalize(_ header: String) -> String {
        header.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" && $0 != "." }
    }
}

/// Something wrong in one line of an import file: where, and why.
struct RowProblem: Error {
    var line: Int
    /// The column's header as the file writes it; nil for a problem with the line as a whole.
    var column: String?
    var reason: Message
}
