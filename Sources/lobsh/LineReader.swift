#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where interactive and piped input comes from, one line at a time.
///
/// The seam for the line editor: a terminal gets libedit, a pipe or a file this plain reader.
protocol LineReader {
    /// The next line without its line end, or nil at the end of input.
    mutating func readLine(prompt: String) -> String?
}

/// Reads stdin as it is, without prompt or editing (a pipe, a file, `lobsh -`).
struct PlainLineReader: LineReader {
    mutating func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }
}

/// Reads a terminal without an editor: the prompt is printed, the line read as typed.
struct PromptingLineReader: LineReader {
    mutating func readLine(prompt: String) -> String? {
        StandardSink.writeAll(Array(prompt.utf8), to: STDOUT_FILENO)
        return Swift.readLine(strippingNewline: true)
    }
}
