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

/// A statement of a script: a pipeline, or a block of statements under `voor` or `als`.
public indirect enum Statement: Sendable {
    case pipeline(Pipeline)
    case loop(Loop)
    case conditional(Conditional)

    /// From the statement's first word to its last (a block's closing `}`).
    public var span: SourceSpan {
        switch self {
        case .pipeline(let pipeline): pipeline.span
        case .loop(let loop): loop.span
        case .conditional(let conditional): conditional.span
        }
    }
}

/// `voor rij in (pipeline) { … }`: the body once per row of the pipeline's table.
public struct Loop: Sendable {
    /// The name the row goes by inside the body (`rij` in `$rij.klas`).
    public var variable: Word
    /// The pipeline in parentheses, run once before the loop.
    public var source: Pipeline
    public var body: [Statement]
    public var span: SourceSpan
}

/// An operand of an `als` condition: a word (`$weken`, `4`, `"$klas"`) or a parenthesised pipeline.
public enum ConditionOperand: Sendable {
    case word(Word)
    case pipeline(Pipeline)

    public var span: SourceSpan {
        switch self {
        case .word(let word): word.span
        case .pipeline(let pipeline): pipeline.span
        }
    }
}

/// `als voorwaarde { … } [anders als voorwaarde { … }]… [anders { … }]`.
public struct Conditional: Sendable {
    public struct Branch: Sendable {
        public var condition: Condition<ConditionOperand, ConditionOperand>
        public var body: [Statement]
    }

    /// The `als` and each `anders als`, in order: the first whose condition holds runs.
    public var branches: [Branch]
    /// The `anders` block, when there is one.
    public var otherwise: [Statement]?
    public var span: SourceSpan
}
