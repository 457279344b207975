import Foundation

/// Refuses what is not a text file before a reader makes rows of garbage of it: UTF-16 without a byte-order
/// mark (every other byte NUL) and binary files (any NUL byte at all: a CSV or TSV file never holds one).
enum TextFileCheck {
    static func check(_ data: Data, path: String, at span: SourceSpan) throws(LOBError) {
        guard let nul = data.firstIndex(of: 0) else { return }
        if looksLikeUTF16(data) { throw LOBError(.data, Message(.csvUTF16, path), at: span) }
        let line = CSVReader.lineEnds(in: data[data.startIndex..<nul]) + 1
        throw LOBError(.data, Message(.fileIsBinary, path, String(line)), at: span)
    }

    /// Text in UTF-16: a UTF-16 byte-order mark, or in its first bytes nearly every other byte (all even or all
    /// odd ones) NUL.
    static func looksLikeUTF16(_ data: Data) -> Bool {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return true }
        let sample = Array(data.prefix(512))
        guard sample.count >= 4 else { return false }
        var nulAtEven = 0
        var nulAtOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset.isMultiple(of: 2) { nulAtEven += 1 } else { nulAtOdd += 1 }
        }
        let pairs = sample.count / 2
        return max(nulAtEven, nulAtOdd) * 10 >= pairs * 7 && min(nulAtEven, nulAtOdd) * 10 <= pairs
    }
}
