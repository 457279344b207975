/// A word of the command language: literal text joined with variable references.
///
/// `mentor:"J. de Vries"` is one word of two literal parts; `"$jaar-rapport"` is a variable and a literal.
public struct Word: Sendable {
    public enum Part: Sendable, Equatable {
        case literal(String)
        /// `$name` or `${name}`; the span covers the reference, for "unknown variable" errors.
        case variable(String, start: Int, end: Int)
    }

    public var parts: [Part]
    public var span: SourceSpan
    /// Whether any part was quoted: a quoted `--x` is a value, not a flag.
    public var isQuoted: Bool

    /// The word's text when it has no variables (command names, flags).
    public var literalText: String? {
        var text = ""
        for part in parts {
            guard case .literal(let literal) = part else { return nil }
            text += literal
        }
        return text
    }
}

/// A lexical token with its place in the source.
public enum Token: Sendable {
    case word(Word)
    case pipe(SourceSpan)
    case redirect(append: Bool, SourceSpan)
    case separator(SourceSpan)
    case openBrace(SourceSpan)
    case closeBrace(SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .word(let word): word.span
        case .pipe(let span), .redirect(_, let span), .separator(let span), .openBrace(let span),
            .closeBrace(let span):
            span
        }
    }
}
