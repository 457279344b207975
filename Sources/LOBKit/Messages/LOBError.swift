/// What kind of failure an error is; it decides the process's exit code.
public enum ErrorKind: Sendable, Equatable {
    /// The command line itself is wrong: an unknown command, a bad flag, a syntax error (exit 2).
    case usage
    /// A command could not do its work (exit 1).
    case failed
    /// Input data is bad: a broken import file (exit 3).
    case data
    /// The user interrupted (exit 130).
    case interrupted

    public var exitCode: Int32 {
        switch self {
        case .usage: 2
        case .failed: 1
        case .data: 3
        case .interrupted: 130
        }
    }
}

/// The one error type of LOBKit: a kind, a message, where it happened, and details to list under it.
public struct LOBError: Error, Sendable {
    public var kind: ErrorKind
    public var message: Message
    public var span: SourceSpan?
    /// Lines listed under the message, such as every bad row of an import.
    public var details: [Message]
    /// The underlying error's description, when there was one.
    public var cause: String?
    /// Whether the error has been written out already (a nested script reports its own errors).
    public internal(set) var isReported = false

    public init(
        _ kind: ErrorKind, _ message: Message, at span: SourceSpan? = nil, details: [Message] = [],
        cause: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.span = span
        self.details = details
        self.cause = cause
    }

    static func usage(_ key: MessageKey, _ arguments: String..., at span: SourceSpan?) -> LOBError {
        LOBError(.usage, Message(key, arguments: arguments), at: span)
    }

    func reported() -> LOBError {
        var copy = self
        copy.isReported = true
        return copy
    }

    /// The same error, pointing at `span` if it did not point anywhere yet.
    func located(at span: SourceSpan?) -> LOBError {
        var copy = self
        if copy.span == nil { copy.span = span }
        return copy
    }
}
