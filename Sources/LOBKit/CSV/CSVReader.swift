/// Reads CSV and TSV files: RFC 4180 plus what school exports do (BOM, `;`, CR line ends, stray quotes).
///
/// Reading never fails and never crashes: what is wrong with a file is listed in
/// ``CSVDocument/problems`` next to everything that could still be read, so an import can report bad rows.
/// It works on UTF-8 bytes in one linear pass, as national files have about a million rows.
///
/// Written here rather than taken from SwiftCSV or CSV.swift: those throw at the first problem and do not
/// give each record's physical line number, which an import needs to list every bad row by line.
public enum CSVReader {
    /// Reads `bytes`; `separator` nil means detect it from the header line.
    public static func read(_ bytes: some Collection<UInt8>, separator: CSVSeparator? = nil) -> CSVDocument {
        // Arrays, Data and native strings' UTF-8 views are contiguous; anything else is copied once.
        if let document = bytes.withContiguousStorageIfAvailable({ read(buffer: $0, separator: separator) }) {
            return document
        }
        return Array(bytes).withUnsafeBufferPointer { read(buffer: $0, separator: separator) }
    }

    /// Reads the UTF-8 of `text`; `separator` nil means detect it from the header line.
    public static func read(text: String, separator: CSVSeparator? = nil) -> CSVDocument {
        var text = text
        return text.withUTF8 { read(buffer: $0, separator: separator) }
    }

    private static func read(buffer: UnsafeBufferPointer<UInt8>, separator: CSVSeparator?) -> CSVDocument {
        if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
            // Read as UTF-8, UTF-16 gives garbage records; better none and a problem that says why.
            return CSVDocument(
                header: nil, records: [], separator: separator ?? .comma, hadByteOrderMark: true,
                problems: [.utf16])
        }
        let hadByteOrderMark = buffer.starts(with: [0xEF, 0xBB, 0xBF])
        let body = UnsafeBufferPointer(rebasing: buffer.dropFirst(hadByteOrderMark ? 3 : 0))
        let separator = separator ?? detectSeparator(in: body)
        var parser = Parser(bytes: body, separator: separator.byte)
        let header = parser.nextRecord()
        var records: [CSVRecord] = []
        while let record = parser.nextRecord() {
            records.append(record)
        }
        return CSVDocument(
            header: header, records: records, separator: separator, hadByteOrderMark: hadByteOrderMark,
            problems: parser.problems)
    }

    // The bytes that give a file its structure; everything else is field content.
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    static func isLineEnd(_ byte: UInt8) -> Bool {
        byte == lineFeed || byte == carriageReturn
    }

    /// The number of physical line ends in `bytes`: LF, CRLF and a lone CR each count once.
    static func lineEnds(in bytes: some Sequence<UInt8>) -> Int {
        var count = 0
        var afterCarriageReturn = false
        for byte in bytes {
            if byte == carriageReturn || (byte == lineFeed && !afterCarriageReturn) {
                count += 1
            }
            afterCarriageReturn = byte == carriageReturn
        }
        return count
    }
}

extension CSVReader {
    /// Reads records one after another, keeping count of the physical line it is on.
    ///
    /// A file read in chunks (`CSVFileStream`) gives it one chunk at a time, with `isFinal` false until the
    /// last: a record that reaches the end of a chunk may go on in the next, so it is read again from its start
    /// once more bytes are there.
    struct Parser {
        var bytes: UnsafeBufferPointer<UInt8>
        let separator: UInt8
        /// Whether `bytes` run to the end of the file.
        var isFinal = true
        var problems: [CSVProblem] = []
        var position = 0
        var line = 1
        /// Only the first bad line is reported, so checking stops once one is found.
        var foundInvalidUTF8 = false
        /// The previous record's width, reserved for the next as records mostly match; as each record
        /// reserves at most what the one before it used, one wide line cannot blow up memory.
        var fieldCount = 0
        /// The content of the current quoted field, which doubled quotes split into several runs.
        var quotedContent: [UInt8] = []

        /// What `nextCompleteRecord()` found.
        enum Step {
            case record(CSVRecord)
            /// The end of the file.
            case end
            /// The bytes ran out before the record surely ended; nothing was read.
            case needsMore
        }

        /// The next record when it surely ends within `bytes`; `needsMore` (and nothing read) when it reaches
        /// their end and they are not the last, as a line end or a quoted field may go on in the next chunk.
        mutating func nextCompleteRecord() -> Step {
            let saved = (
                position: position, line: line, problems: problems.count, foundInvalidUTF8: foundInvalidUTF8,
                fieldCount: fieldCount
            )
            let record = nextRecord()
            if !isFinal, position >= bytes.count {
                position = saved.position
                line = saved.line
                problems.removeSubrange(saved.problems...)
                foundInvalidUTF8 = saved.foundInvalidUTF8
                fieldCount = saved.fieldCount
                return .needsMore
            }
            return record.map(Step.record) ?? .end
        }

        /// Reads the next record, skipping blank lines; nil at the end of the bytes.
        mutating func nextRecord() -> CSVRecord? {
            while position < bytes.count, isLineEnd(bytes[position]) {
                skipLineEnd()
            }
            guard position < bytes.count else { return nil }
            let recordLine = line
            var fields: [String] = []
            fields.reserveCapacity(fieldCount)
            while true {
                fields.append(readField())
                guard position < bytes.count else { break }
                if bytes[position] == separator {
                    position += 1
                } else {
                    skipLineEnd()
                    break
                }
            }
            fieldCount = fields.count
            return CSVRecord(line: recordLine, fields: fields)
        }

        /// Reads one field, leaving `position` on the separator or line end after it, or at the end.
        private mutating func readField() -> String {
            guard position < bytes.count, bytes[position] == quote else {
                let start = position
                skipUnquotedText()
                return decode(UnsafeBufferPointer(rebasing: bytes[start..<position]), line: line)
            }
            let openingLine = line
            position += 1
            let contentStart = position
            quotedContent.removeAll(keepingCapacity: true)
            var runStart = position
            var closed = false
            while position < bytes.count {
                guard bytes[position] == quote else {
                    position += 1
                    continue
                }
                quotedContent.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                position += 1
                guard position < bytes.count, bytes[position] == quote else {
                    closed = true
                    break
                }
                // A doubled quote stands for one: the first was kept, the second starts the next run.
                runStart = position
                position += 1
            }
            if closed {
                // Text between the closing quote and the separator is kept, as spreadsheets do.
                runStart = position
                skipUnquotedText()
            } else {
                problems.append(.unterminatedQuote(line: openingLine))
            }
            quotedContent.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            line += CSVReader.lineEnds(in: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]))
            return decode(quotedContent, line: openingLine)
        }

        /// Moves to the next separator, line end or the end; a quote here is an ordinary character.
        private mutating func skipUnquotedText() {
            while position < bytes.count {
                let byte = bytes[position]
                if byte == separator || isLineEnd(byte) { return }
                position += 1
            }
        }

        /// Moves past the line end at `position`, which must be a CR or LF.
        private mutating func skipLineEnd() {
            if bytes[position] == carriageReturn, position + 1 < bytes.count, bytes[position + 1] == lineFeed {
                position += 1
            }
            position += 1
            line += 1
        }

        /// Decodes a field that starts on `line`, with U+FFFD for bytes that are not UTF-8.
        private mutating func decode(_ field: some Collection<UInt8>, line fieldLine: Int) -> String {
            let text = String(decoding: field, as: UTF8.self)
            // Decoding repairs what is invalid, so a field is valid exactly when its UTF-8 is unchanged.
            guard !foundInvalidUTF8, field.contains(where: { $0 >= 0x80 }), !text.utf8.elementsEqual(field) else {
                return text
            }
            // The first difference lies on the line of the first bad byte, as a bad sequence holds no line end.
            let sameBytes = zip(text.utf8, field).prefix { $0 == $1 }.count
            foundInvalidUTF8 = true
            problems.append(.invalidUTF8(line: fieldLine + CSVReader.lineEnds(in: field.prefix(sameBytes))))
            return text
        }
    }
}
