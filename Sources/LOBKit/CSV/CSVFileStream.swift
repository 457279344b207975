import Foundation

/// Reads a delimited file from disk a chunk at a time, as ``CSVReader`` reads one in memory: the same records,
/// lines and problems, but never more of the file in memory than a chunk and the record it ends in.
///
/// For imports of national files (a million rows and more): the file is checked as ``TextFileCheck`` checks a
/// whole one (NUL bytes, UTF-16) before any record is read, so the same file fails the same way.
struct CSVFileStream {
    /// The separator the file is read with, detected from its first line.
    private(set) var separator = CSVSeparator.comma
    /// Structural problems found so far, in the order found.
    var problems: [CSVProblem] { parser.problems }

    private let file: FileHandle
    private let chunkSize: Int
    /// Bytes read and not yet parsed, from `start`.
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEndOfFile = false
    // The parser gets its bytes for each step; until then it has none.
    private var parser = CSVReader.Parser(bytes: UnsafeBufferPointer(start: nil, count: 0), separator: 0)

    /// Opens `path` (already resolved; `shownPath` is how errors name it), checks that it is text, and detects the
    /// separator. Throws as `CommandContext.readFile` and `TextFileCheck` do.
    init(path: String, shownPath: String, at span: SourceSpan, chunkSize: Int = 1 << 20) throws(LOBError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LOBError(.failed, Message(.fileNotFound, shownPath), at: span)
        }
        if isDirectory.boolValue { throw LOBError(.failed, Message(.fileIsDirectory, shownPath), at: span) }
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw LOBError(.failed, Message(.fileUnreadable, shownPath), at: span)
        }
        self.file = file
        self.chunkSize = max(chunkSize, 1)
        try Self.checkText(file, chunkSize: self.chunkSize, path: shownPath, at: span)
        while buffer.count < 3, !atEndOfFile { try fill(path: shownPath, at: span) }
        if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
            throw LOBError(.data, Message(.csvUTF16, shownPath), at: span)
        }
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        // The separator comes from the whole first line, however long.
        while !atEndOfFile,
            !buffer.withUnsafeBufferPointer({ all in
                CSVReader.holdsFirstLine(UnsafeBufferPointer(rebasing: all[start...]))
            })
        {
            try fill(path: shownPath, at: span)
        }
        let first = start
        let separator = buffer.withUnsafeBufferPointer { all in
            CSVReader.detectSeparator(in: UnsafeBufferPointer(rebasing: all[first...]))
        }
        self.separator = separator
        parser = CSVReader.Parser(bytes: UnsafeBufferPointer(start: nil, count: 0), separator: separator.byte)
    }

    /// Reads the next records into `records` (emptied first): those that end in the bytes read so far, or
    /// after reading more. False once the file is done and nothing was read.
    mutating func nextRecords(into records: inout [CSVRecord], path: String, at span: SourceSpan) throws(LOBError)
        -> Bool
    {
        records.removeAll(keepingCapacity: true)
        while true {
            var parser = self.parser
            let first = start
            let isFinal = atEndOfFile
            let (ended, consumed) = buffer.withUnsafeBufferPointer { all -> (Bool, Int) in
                parser.bytes = UnsafeBufferPointer(rebasing: all[first...])
                parser.position = 0
                parser.isFinal = isFinal
                while true {
                    switch parser.nextCompleteRecord() {
                    case .record(let record): records.append(record)
                    case .end: return (true, parser.position)
                    case .needsMore: return (false, parser.position)
                    }
                }
            }
            // No pointer into the buffer outlives the closure above.
            parser.bytes = UnsafeBufferPointer(start: nil, count: 0)
            self.parser = parser
            start += consumed
            if ended { return !records.isEmpty }
            if !records.isEmpty { return true }
            try fill(path: path, at: span)
        }
    }

    /// Drops the bytes parsed and appends the next chunk; at the end of the file, marks it.
    private mutating func fill(path: String, at span: SourceSpan) throws(LOBError) {
        if start > 0 {
            buffer.removeSubrange(..<start)
            start = 0
        }
        let chunk = try Self.read(file, chunkSize, path: path, at: span)
        if chunk.isEmpty {
            atEndOfFile = true
        } else {
            buffer.append(contentsOf: chunk)
        }
    }

    private static func read(_ file: FileHandle, _ count: Int, path: String, at span: SourceSpan) throws(LOBError)
        -> Data
    {
        do {
            return try file.read(upToCount: count) ?? Data()
        } catch {
            throw LOBError(.failed, Message(.fileUnreadable, path), at: span)
        }
    }

    /// ``TextFileCheck`` over the file in chunks: a NUL byte anywhere makes it UTF-16 (judged by its first bytes)
    /// or binary (with the line of the first NUL). Leaves the file at its start.
    private static func checkText(_ file: FileHandle, chunkSize: Int, path: String, at span: SourceSpan)
        throws(LOBError)
    {
        var head = Data()
        var offset = 0
        var nul: Int?
        // To the first NUL, and at least the first bytes that tell UTF-16.
        while nul == nil || head.count < 512 {
            let chunk = try read(file, chunkSize, path: path, at: span)
            if chunk.isEmpty { break }
            if head.count < 512 { head.append(chunk.prefix(512 - head.count)) }
            if nul != nil { continue }
            let index = chunk.withUnsafeBytes { bytes -> Int? in
                guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
                return base.distance(to: UnsafeRawPointer(found))
            }
            if let index { nul = offset + index }
            offset += chunk.count
        }
        defer { try? file.seek(toOffset: 0) }
        guard let nul else { return }
        if TextFileCheck.looksLikeUTF16(head) { throw LOBError(.data, Message(.csvUTF16, path), at: span) }
        // The line of the first NUL: line ends before it, a CRLF across two chunks counted once.
        do {
            try file.seek(toOffset: 0)
        } catch {
            throw LOBError(.failed, Message(.fileUnreadable, path), at: span)
        }
        var lineEnds = 0
        var remaining = nul
        var afterCarriageReturn = false
        while remaining > 0 {
            let chunk = try read(file, min(chunkSize, remaining), path: path, at: span)
            if chunk.isEmpty { break }
            remaining -= chunk.count
            if afterCarriageReturn, chunk.first == CSVReader.lineFeed { lineEnds -= 1 }
            lineEnds += CSVReader.lineEnds(in: chunk)
            afterCarriageReturn = chunk.last == CSVReader.carriageReturn
        }
        throw LOBError(.data, Message(.fileIsBinary, path, String(lineEnds + 1)), at: span)
    }
}
