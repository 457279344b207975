/// Where a session's output goes; lobsh writes it to the terminal, tests collect it.
public protocol OutputSink: AnyObject {
    /// Regular output (stdout).
    func write(_ text: String)
    /// Notices and errors (stderr).
    func diagnostic(_ text: String)
}

/// Collects output in memory, for tests and for capturing a nested run.
public final class CollectingSink: OutputSink {
    public private(set) var output = ""
    public private(set) var diagnostics = ""

    public init() {}

    public func write(_ text: String) { output += text }
    public func diagnostic(_ text: String) { diagnostics += text }
}
