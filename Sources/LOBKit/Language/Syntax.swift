/// One command call in a pipeline: its words, the first being the command (and its verb).
public struct CommandCall: Sendable {
    public var words: [Word]
    public var span: SourceSpan
}

/// `> file` or `>> file` after a pipeline.
public struct Redirection: Sendable {
    public var append: Bool
    public var target: Word
    public var span: SourceSpan
}

/// A pipeline: command calls joined by `|`, with an optional redirection. One statement, one transaction.
public struct Pipeline: Sendable {
    public var stages: [CommandCall]
    public var redirection: Redirection?
    public var span: SourceSpan
}
