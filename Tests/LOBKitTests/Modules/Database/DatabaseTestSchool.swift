import Foundation

@testable import LOBKit

/// A session on a database file in a folder of its own (a backup needs a file, not the in-memory demo).
@MainActor
final class DatabaseTestSchool {
    let folder: URL
    let store: Store
    let sink = CollectingSink()
    let session: Session

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lobkit-db-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let registry = try CommandRegistry(modules: BuiltinModules.all)
        let store = try Store.open(path: folder.appendingPathComponent("school.sqlite").path, modules: registry.modules)
        self.store = store
        session = Session(registry: registry, output: sink, language: .dutch, openStore: { _ in store })
        session.workingDirectory = folder.path
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `text`; its output, or the first error's message text.
    func run(_ text: String) -> (output: String, error: LOBError?) {
        let before = sink.output.count
        let error = session.run(Source(name: "test.lob", text: text))
        return (String(sink.output.dropFirst(before)), error)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}
