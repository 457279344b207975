/// A text that commands are read from: a script file, a `-c` argument, a line typed at the prompt.
public final class Source: Sendable {
    /// The name errors show before `:line:column:` (a path, `-c`, `<stdin>`), or nil at the prompt.
    public let name: String?
    /// The text, as Unicode scalars so that spans are simple offsets.
    public let scalars: [Unicode.Scalar]
    /// The number of the first line of `scalars` in the file (stdin and the prompt read line by line).
    public let firstLine: Int

    public init(name: String?, text: String, firstLine: Int = 1) {
        self.name = name
        self.scalars = Array(text.unicodeScalars)
        self.firstLine = firstLine
    }

    /// The 1-based line and column of a scalar offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var line = firstLine
        var column = 1
        var index = 0
        let end = min(offset, scalars.count)
        while index < end {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    /// The text between two offsets.
    public func text(from start: Int, to end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The text of the line that holds `offset`, without its line end.
    public func lineText(at offset: Int) -> String {
        let clamped = max(0, min(offset, scalars.count))
        var start = clamped
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var end = clamped
        while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}

/// A range of a source: where a word, a command or an error is.
public struct SourceSpan: Sendable {
    public let source: Source
    public let start: Int
    public let end: Int

    public init(source: Source, start: Int, end: Int) {
        self.source = source
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest span that covers both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(source: source, start: min(start, other.start), end: max(end, other.end))
    }

    /// `name:line:column` (or `line:column` without a name).
    public var locationText: String {
        let (line, column) = source.location(of: start)
        if let name = source.name { return "\(name):\(line):\(column)" }
        return "\(line):\(column)"
    }

    /// The line of the span and a caret line under it, for error output.
    public var caretLines: (line: String, caret: String) {
        let (_, column) = source.location(of: start)
        let text = source.lineText(at: start)
        let lineLength = text.unicodeScalars.count
        let width = max(1, min(end - start, lineLength - (column - 1)))
        let padding = String(repeating: " ", count: max(0, column - 1))
        return (text, padding + String(repeating: "^", count: width))
    }
}
