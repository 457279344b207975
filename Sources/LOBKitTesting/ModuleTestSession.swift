import Foundation
public import LOBKit

/// A lobsh session for a module's tests: the built-in modules plus the modules under test, on an in-memory
/// store (the demo school, or empty), with output and errors captured.
///
/// ```swift
/// let session = try ModuleTestSession(modules: [VoHoModule()])
/// let result = session.run("studiekeuze lijst")
/// #expect(result.error == nil)
/// ```
public final class ModuleTestSession {
    /// What one run printed and reported.
    public struct Result: Sendable {
        /// Regular output (what lobsh writes to stdout).
        public var output: String
        /// Notices and error messages (stderr), formatted as lobsh prints them.
        public var diagnostics: String
        /// The first error, nil when everything ran.
        public var error: LOBError?
        /// The exit code lobsh would end with: 0, or the error's (1 failed, 2 usage, 3 data, 130 interrupted).
        public var exitCode: Int32 { error?.kind.exitCode ?? 0 }
    }

    /// The session itself, for settings such as `workingDirectory` or `language`.
    public let session: Session
    private let sink = CollectingSink()

    /// The demo school's fixed "today" in module tests, so that their expected output does not age.
    public static let defaultToday = LOBDate(year: 2026, month: 11, day: 29) ?? LOBDate.today()

    /// A session with the built-in modules and `modules`, on the demo school (`demo: true`) or an empty store.
    public init(
        modules: [any CommandModule], demo: Bool = true, language: UILanguage = .dutch,
        today: LOBDate = ModuleTestSession.defaultToday
    ) throws {
        let registry = try CommandRegistry(modules: BuiltinModules.all + modules)
        let all = registry.modules
        let store = demo ? try Store.demo(modules: all, today: today) : try Store.inMemory(modules: all)
        session = Session(
            registry: registry, output: sink, language: language, today: { today }, openStore: { _ in store })
    }

    /// Runs `text` (one or more lines of lobsh) and returns what it printed and the first error.
    @discardableResult
    public func run(_ text: String) -> Result {
        let outputBefore = sink.output.count
        let diagnosticsBefore = sink.diagnostics.count
        let error = session.run(Source(name: "test.lob", text: text))
        return Result(
            output: String(sink.output.dropFirst(outputBefore)),
            diagnostics: String(sink.diagnostics.dropFirst(diagnosticsBefore)), error: error)
    }
}
