#if canImport(Glibc)
    import Glibc
#endif

/// What reading a line gave.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C while typing: the half-typed input is dropped.
    case interrupted
    /// End of input (Ctrl-D on an empty line, or the end of a pipe).
    case end
}

/// Where interactive and piped input comes from, one line at a time.
///
/// The seam for the line editor: a terminal gets libedit, a pipe or a file this plain reader.
protocol LineReader {
    mutating func readLine(prompt: String) -> LineInput
    /// Keeps a complete statement in the history (the editor's, and the file).
    mutating func remember(_ statement: String)
}

/// Reads stdin as it is, without prompt, editing or history (a pipe, a file, `lobsh -`).
///
/// On the file descriptor rather than with `readLine`, which spins when Ctrl-C interrupts its read.
struct PlainLineReader: LineReader {
    private var pending: [UInt8] = []
    private var atEnd = false

    mutating func readLine(prompt: String) -> LineInput {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return .line(String(decoding: line, as: UTF8.self))
            }
            if atEnd {
                guard !pending.isEmpty else { return .end }
                defer { pending.removeAll() }
                return .line(String(decoding: pending, as: UTF8.self))
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { return .interrupted }
                atEnd = true
            } else if count == 0 {
                atEnd = true
            } else {
                pending.append(contentsOf: chunk[..<count])
            }
        }
    }

    mutating func remember(_ statement: String) {}
}
