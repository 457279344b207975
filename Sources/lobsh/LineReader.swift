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
struct PlainLineReader: LineReader {
    mutating func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    mutating func remember(_ statement: String) {}
}
