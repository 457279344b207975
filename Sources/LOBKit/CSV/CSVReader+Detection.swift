extension CSVReader {
    /// The separator that occurs most often outside quotes on the first record's line; ties or none give comma.
    ///
    /// The separator is what is being found, so a quote opens a quoted field at the start of the line or
    /// after any candidate; elsewhere it is literal, as in the reader.
    static func detectSeparator(in bytes: UnsafeBufferPointer<UInt8>) -> CSVSeparator {
        scanFirstLine(bytes).separator
    }

    /// Whether `bytes` hold the whole first record's line, so that what follows cannot change the separator.
    static func holdsFirstLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scanFirstLine(bytes).complete
    }

    private static func scanFirstLine(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        separator: CSVSeparator, complete: Bool
    ) {
        let candidates = CSVSeparator.allCases
        var counts = candidates.map { _ in 0 }
        var state = ScanState.fieldStart
        var complete = false
        // Blank lines before the first record are skipped, as the reader skips them.
        scan: for byte in bytes.drop(while: isLineEnd) {
            switch state {
            case .quoted:
                if byte == quote { state = .afterQuote }
            case .fieldStart where byte == quote, .afterQuote where byte == quote:
                state = .quoted  // an opening quote, or the second of a doubled one
            default:
                if isLineEnd(byte) {
                    complete = true
                    break scan
                }
                if let index = candidates.firstIndex(where: { $0.byte == byte }) {
                    counts[index] += 1
                    state = .fieldStart
                } else {
                    state = .unquoted
                }
            }
        }
        return (winner(counts, candidates), complete)
    }

    private static func winner(_ counts: [Int], _ candidates: [CSVSeparator]) -> CSVSeparator {
        let most = counts.max() ?? 0
        let winners = candidates.indices.filter { counts[$0] == most }
        guard most > 0, winners.count == 1, let winner = winners.first else { return .comma }
        return candidates[winner]
    }

    private enum ScanState {
        case fieldStart, unquoted, quoted, afterQuote
    }
}
