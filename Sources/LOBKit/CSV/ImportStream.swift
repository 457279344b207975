/// Reads an import file as ``ImportFile`` does (headers, structure, field count, required values, the import's
/// own `check`), but a chunk at a time: each good row goes to `accept` as soon as it is read, so a national file
/// never sits in memory, and only the bad rows are kept, to be listed by line as ``ImportFile`` lists them.
///
/// All or nothing stays the caller's: it writes the accepted rows inside the command's transaction and throws
/// (which rolls them back) when any row was bad. Duplicates are the caller's too (`accept` says so), as the
/// store's unique key finds them without keeping every key here.
enum ImportStream<Field: ImportField> {
    /// What was read: how many rows `accept` took, and the bad rows by line.
    struct Outcome {
        var accepted = 0
        var bad: [BadRow] = []
    }

    /// Reads `file` (opened with ``CSVFileStream``); `accept` gets each row that passed `check`, with its line,
    /// and returns nil when it took the row or why the row is bad (a duplicate). `everyChunk` runs between
    /// chunks (for Ctrl-C). Throws only when the file as a whole cannot be used (no header, a missing column) or
    /// when `accept` or `everyChunk` throw.
    static func read<Row>(
        _ file: inout CSVFileStream, path: String, mappings: [(key: String, value: String)], at span: SourceSpan,
        check: (ImportRecord<Field>) -> Result<Row, RowError>,
        accept: (Int, Row) throws(LOBError) -> Message?,
        everyChunk: () throws(LOBError) -> Void
    ) throws(LOBError) -> Outcome {
        var records: [CSVRecord] = []
        var outcome = Outcome()
        var problemsSeen = 0
        var unterminatedLine: Int?
        // The problems found while reading records, as bad rows, before those records' own.
        func takeProblems() {
            let (rows, unterminated) = file.problems.dropFirst(problemsSeen).badRows()
            outcome.bad += rows
            if let unterminated { unterminatedLine = unterminated }
            problemsSeen = file.problems.count
        }

        // The header is the first record; the rest of its chunk follows it.
        var pending: ArraySlice<CSVRecord> = []
        if try file.nextRecords(into: &records, path: path, at: span) {
            pending = records.dropFirst()
        }
        guard let header = records.first else { throw LOBError(.data, Message(.importEmptyFile, path), at: span) }
        let columns = ImportColumns(
            try ImportFile<Field, Row>.mapColumns(header.fields, mappings: mappings, path: path, at: span))
        let width = header.fields.count
        while true {
            takeProblems()
            for record in pending where record.line != unterminatedLine {
                if record.fields.count != width {
                    let message = Message(.rowFieldCount, String(record.fields.count), String(width))
                    outcome.bad.append(BadRow(line: record.line, message: message))
                    continue
                }
                let fields = ImportRecord<Field>(line: record.line, fields: record.fields, columns: columns)
                if let missing = Field.mandatory.first(where: { fields[$0].isEmpty }) {
                    outcome.bad.append(BadRow(line: record.line, message: Message(.rowMissingValue, missing.rawValue)))
                    continue
                }
                switch check(fields) {
                case .failure(let error):
                    outcome.bad.append(BadRow(line: record.line, message: error.message))
                case .success(let row):
                    if let refusal = try accept(record.line, row) {
                        outcome.bad.append(BadRow(line: record.line, message: refusal))
                    } else {
                        outcome.accepted += 1
                    }
                }
            }
            try everyChunk()
            pending = []  // so that the next chunk's records reuse the array instead of copying it
            guard try file.nextRecords(into: &records, path: path, at: span) else { break }
            pending = records[...]
        }
        takeProblems()
        // As ImportFile lists them: by line, a line's structural problem before its row's own (the sort is stable).
        outcome.bad.sort { $0.line < $1.line }
        return outcome
    }
}
