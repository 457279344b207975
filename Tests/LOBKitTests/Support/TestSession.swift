import LOBKit

/// A session over an in-memory store whose output is collected, for tests.
@MainActor
final class TestSession {
    let sink = CollectingSink()
    let session: Session

    /// A session on the demo school (`demo: true`) or on an empty store, with `extra` modules after the built-in ones.
    init(demo: Bool = true, language: UILanguage = .dutch, extra: [any CommandModule] = []) throws {
        let registry = try CommandRegistry(modules: BuiltinModules.all + extra)
        let modules = registry.modules
        let today = LOBDate(year: 2026, month: 11, day: 29) ?? LOBDate.today()
        let store = demo ? try Store.demo(modules: modules, today: today) : try Store.inMemory(modules: modules)
        session = Session(
            registry: registry, output: sink, language: language, today: { today }, openStore: { _ in store })
        session.isDemo = demo
    }

    /// Runs `text` and returns what it printed, what it reported, and the first error.
    @discardableResult
    func run(_ text: String, name: String? = "test.lob") -> (output: String, diagnostics: String, error: LOBError?) {
        let outputBefore = sink.output.count
        let diagnosticsBefore = sink.diagnostics.count
        let error = session.run(Source(name: name, text: text))
        return (
            String(sink.output.dropFirst(outputBefore)), String(sink.diagnostics.dropFirst(diagnosticsBefore)), error
        )
    }

    /// Runs `text` and returns the value of its last statement's output, failing on errors.
    @discardableResult
    func output(_ text: String) throws -> String {
        let result = run(text)
        if let error = result.error { throw TestFailure(message: result.diagnostics, kind: error.kind) }
        return result.output
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var message: String
    var kind: ErrorKind
    var description: String { message }
}
