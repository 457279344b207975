import Foundation

/// A field of an import file: its name (the `--kolom` key) and the header spellings it is known by.
protocol ImportField: CaseIterable, Hashable, RawRepresentable where RawValue == String {
    /// Header spellings, most specific first, as ``CSVHeader/normalize(_:)`` leaves them.
    var headers: [String] { get }
    /// The fields a file must have a column for, and every row a value in.
    static var mandatory: [Self] { get }
}

extension ImportField {
    /// `--kolom veld=Kop` (repeatable): maps one of this file's fields to a header of another name.
    static func columnFlag(example: String) -> Flag {
        Flag(
            "kolom", aliases: ["column"], .mapping(keys: allCases.map(\.rawValue)), repeatable: true,
            help: Localized(
                nl: "Koppelt een veld aan een andere kop, zoals \(example)",
                en: "Maps a field to another header, such as \(example)"))
    }
}

extension SharedFlags {
    /// `--sla-fouten-over`: import the good rows and list the bad ones, instead of all or nothing.
    public static let skipErrors = Flag.switch(
        "sla-fouten-over", aliases: ["skip-errors"],
        help: Localized(
            nl: "Importeert de goede rijen en somt de foute op (standaard: bij één foute rij niets)",
            en: "Imports the good rows and lists the bad ones (default: nothing when one row is bad)"))
}

/// A row that cannot be imported: its line and what is wrong.
struct BadRow: Sendable {
    var line: Int
    var message: Message
}

extension Sequence<CSVProblem> {
    /// What is wrong with lines as lines (a quotation mark not closed, not UTF-8), for an import's list of bad
    /// rows; and the line whose quotation mark is not closed, whose record (the rest of the file) is no row.
    func badRows() -> (rows: [BadRow], unterminatedLine: Int?) {
        var unterminatedLine: Int?
        var rows: [BadRow] = []
        for problem in self {
            switch problem {
            case .unterminatedQuote(let line):
                unterminatedLine = line
                rows.append(BadRow(line: line, message: Message(.rowUnterminatedQuote)))
            case .invalidUTF8(let line):
                rows.append(BadRow(line: line, message: Message(.rowInvalidUTF8)))
            case .utf16:
                break
            }
        }
        return (rows, unterminatedLine)
    }
}

/// Why a row is bad, as an error that `Result` can carry.
struct RowError: Error {
    var message: Message

    init(_ message: Message) {
        self.message = message
    }
}

/// Which column of a file holds each field, looked up without hashing: a national file's rows look their
/// columns up a dozen times each, and a field (a `String` enum) hashes its name.
struct ImportColumns<Field: ImportField> {
    private let columns: [(field: Field, index: Int)]

    init(_ columns: [Field: Int]) {
        self.columns = columns.map { (field: $0.key, index: $0.value) }
    }

    /// The column of `field`, nil when the file has none for it.
    func index(of field: Field) -> Int? {
        columns.first { $0.field == field }?.index
    }
}

/// One record of an import file, read by field.
struct ImportRecord<Field: ImportField> {
    let line: Int
    fileprivate let fields: [String]
    fileprivate let columns: ImportColumns<Field>

    init(line: Int, fields: [String], columns: ImportColumns<Field>) {
        self.line = line
        self.fields = fields
        self.columns = columns
    }

    /// The field's text without surrounding blanks; empty when the file has no column for it.
    subscript(_ field: Field) -> String {
        guard let index = columns.index(of: field), index < fields.count else { return "" }
        return Self.trimmed(fields[index])
    }

    /// `text` without the white space and line ends around it; most fields have none, and are returned as they
    /// are without asking Foundation.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        // An ASCII byte other than a tab, line end or space at both ends: nothing to trim.
        func keeps(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
        if keeps(first), keeps(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Reads an import file as every import does: headers matched loosely (or mapped with `--kolom`), then
/// every row checked (structure, field count, required values, the import's own `check`, duplicates)
/// before anything is written, so that all bad rows can be listed by line.
struct ImportFile<Field: ImportField, Row> {
    /// The rows that passed, with their lines, in file order.
    var good: [(line: Int, row: Row)] = []
    /// The rows that did not, by line.
    var bad: [BadRow] = []

    /// Reads `data`; throws only when the file as a whole cannot be used (UTF-16, no header, a missing column).
    ///
    /// `key` identifies a row for the duplicate check (nil: no check); `duplicate` words it, given the
    /// row and the line of its first occurrence.
    init(
        data: Data, path: String, mappings: [(key: String, value: String)], at span: SourceSpan,
        key: (Row) -> String?, duplicate: (Row, Int) -> Message, check: (ImportRecord<Field>) -> Result<Row, RowError>
    ) throws(LOBError) {
        try TextFileCheck.check(data, path: path, at: span)
        let document = CSVReader.read(data, separator: nil)
        if case .utf16? = document.problems.first {
            try document.throwIfBroken(path: path, at: span)
        }
        guard let header = document.header else { throw LOBError(.data, Message(.importEmptyFile, path), at: span) }
        let columns = ImportColumns(try ImportFile.mapColumns(header.fields, mappings: mappings, path: path, at: span))

        let (lineProblems, unterminatedLine) = document.problems.badRows()
        bad += lineProblems
        var seen: [String: Int] = [:]
        for record in document.records where record.line != unterminatedLine {
            if record.fields.count != header.fields.count {
                let message = Message(.rowFieldCount, String(record.fields.count), String(header.fields.count))
                bad.append(BadRow(line: record.line, message: message))
                continue
            }
            let fields = ImportRecord<Field>(line: record.line, fields: record.fields, columns: columns)
            if let missing = Field.mandatory.first(where: { fields[$0].isEmpty }) {
                bad.append(BadRow(line: record.line, message: Message(.rowMissingValue, missing.rawValue)))
                continue
            }
            switch check(fields) {
            case .failure(let error):
                bad.append(BadRow(line: record.line, message: error.message))
            case .success(let row):
                if let rowKey = key(row) {
                    if let first = seen[rowKey] {
                        bad.append(BadRow(line: record.line, message: duplicate(row, first)))
                        continue
                    }
                    seen[rowKey] = record.line
                }
                good.append((record.line, row))
            }
        }
        bad.sort { $0.line < $1.line }
    }

    /// Finds each field's column, by its most specific spelling first; `--kolom veld=Kop` wins.
    static func mapColumns(
        _ headers: [String], mappings: [(key: String, value: String)], path: String, at span: SourceSpan
    ) throws(LOBError) -> [Field: Int] {
        var normalized: [String] = []
        for header in headers { normalized.append(CSVHeader.normalize(header)) }
        var columns: [Field: Int] = [:]
        for field in Field.allCases {
            // By spelling first, then by position: a file with both `code` and `activiteit` (the name)
            // reads the code from `code`.
            if let index = field.headers.lazy.compactMap({ normalized.firstIndex(of: $0) }).first {
                // Two columns under one name: which one is meant cannot be told, so neither is guessed.
                if let twin = normalized.indices.first(where: { $0 != index && normalized[$0] == normalized[index] }) {
                    throw LOBError(
                        .data,
                        Message(.importDuplicateHeader, path, headers[index], String(index + 1), String(twin + 1)),
                        at: span)
                }
                columns[field] = index
            }
        }
        for (key, header) in mappings {
            guard let field = Field(rawValue: key) else { continue }
            guard let index = headers.firstIndex(of: header) ?? normalized.firstIndex(of: CSVHeader.normalize(header))
            else {
                throw LOBError(
                    .data, Message(.importMappedHeaderMissing, header, path, headers.joined(separator: ", ")), at: span)
            }
            columns[field] = index
        }
        let missing = Field.mandatory.filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw LOBError(
                .data,
                Message(
                    .importMissingColumns, path, missing.map(\.rawValue).joined(separator: ", "),
                    headers.joined(separator: ", ")),
                at: span)
        }
        return columns
    }
}

extension [BadRow] {
    /// All or nothing: the bad rows as one data error listing each as `file:line: reason`, unless `skipping`
    /// (`--sla-fouten-over`); then those lines are returned, to be shown once the good rows are in.
    func checked(path: String, at span: SourceSpan, skipping: Bool, language: UILanguage) throws(LOBError) -> [Message]
    {
        let details = map { Message(.badRowDetail, path, String($0.line), $0.message.text(language)) }
        if !isEmpty, !skipping {
            throw LOBError(.data, Message(.importFailed, path, String(count)), at: span, details: details)
        }
        return details
    }
}
