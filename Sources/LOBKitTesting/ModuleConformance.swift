import Foundation
public import LOBKit

/// The checks every command module runs in its own tests, built-in and network modules alike.
///
/// ```swift
/// @Test func theModuleConforms() throws {
///     #expect(try ModuleConformance.problems(of: VoHoModule()) == [])
/// }
/// ```
public enum ModuleConformance {
    /// Everything wrong with `module`, as sentences that name the command, flag or example; empty when it
    /// conforms. `exampleFiles` are written (name → contents) into the folder the examples run in.
    ///
    /// It checks that lobsh accepts the module beside the built-in ones (API version, unique names), that
    /// every command and argument has help in Dutch and English and at least one example, that every example
    /// runs on the demo school, that the migrations apply to a fresh database and again to a migrated one,
    /// and that no example changes the database outside its own transaction.
    public static func problems(
        of module: any CommandModule, exampleFiles: [String: String] = [:],
        today: LOBDate = ModuleTestSession.defaultToday
    ) throws -> [String] {
        var problems: [String] = []
        do {
            _ = try CommandRegistry(modules: modules(with: module))
        } catch {
            return [error.message.text(.english)]
        }
        problems += helpProblems(of: module)
        problems += try migrationProblems(of: module)
        problems += try exampleProblems(of: module, files: exampleFiles, today: today)
        return problems
    }

    static func helpProblems(of module: any CommandModule) -> [String] {
        var problems: [String] = []
        let texts: [(String, Localized)] =
            [("module \(module.name)", module.summary)]
            + module.groups.map {
                ("group \($0.name)", $0.summary)
            }
        for (what, text) in texts where text.dutch.isEmpty || text.english.isEmpty {
            problems.append("\(what): summary needs Dutch and English")
        }
        for command in module.commands {
            let spec = type(of: command).spec
            if spec.summary.dutch.isEmpty || spec.summary.english.isEmpty {
                problems.append("\(spec.displayName): summary needs Dutch and English")
            }
            for positional in spec.positionals where positional.help.dutch.isEmpty || positional.help.english.isEmpty {
                problems.append("\(spec.displayName) \(positional.name.uppercased()): help needs Dutch and English")
            }
            for flag in spec.flags where flag.help.dutch.isEmpty || flag.help.english.isEmpty {
                problems.append("\(spec.displayName) --\(flag.name): help needs Dutch and English")
            }
            if spec.examples.isEmpty {
                problems.append("\(spec.displayName): needs at least one example")
            }
            for example in spec.examples where example.help.dutch.isEmpty || example.help.english.isEmpty {
                problems.append("\(spec.displayName) example '\(example.line)': needs Dutch and English")
            }
        }
        return problems
    }

    static func migrationProblems(of module: any CommandModule) throws -> [String] {
        let identifiers = module.migrations.map(\.identifier)
        if Set(identifiers).count != identifiers.count {
            return ["\(module.name): two migrations share an identifier"]
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/school.sqlite"
        let modules = modules(with: module)
        do {
            _ = try Store.open(path: path, modules: modules)
        } catch {
            return ["\(module.name): migrations fail on a fresh database: \(error.message.text(.english))"]
        }
        do {
            _ = try Store.open(path: path, modules: modules)
        } catch {
            return ["\(module.name): migrations fail on a migrated database: \(error.message.text(.english))"]
        }
        return []
    }

    static func exampleProblems(of module: any CommandModule, files: [String: String], today: LOBDate) throws
        -> [String]
    {
        var problems: [String] = []
        let modules = modules(with: module)
        let registry = try CommandRegistry(modules: modules)
        for command in module.commands {
            for example in type(of: command).spec.examples {
                let folder = try temporaryFolder()
                defer { try? FileManager.default.removeItem(atPath: folder) }
                for (name, contents) in files {
                    try contents.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
                }
                // On the demo school in a file, so that a write through another connection would show.
                let store = try Store.open(path: folder + "/school.sqlite", modules: modules)
                try store.loadDemoData(modules: modules, today: today)
                let sink = CollectingSink()
                let session = Session(registry: registry, output: sink, today: { today }, openStore: { _ in store })
                session.workingDirectory = folder
                if let error = session.run(Source(name: "example", text: example.line)) {
                    problems.append("example '\(example.line)' fails: \(error.message.text(.english))")
                    continue
                }
                let before = try store.contentSnapshot()
                session.dryRun = true
                _ = session.run(Source(name: "example", text: example.line))
                if try store.contentSnapshot() != before {
                    problems.append("example '\(example.line)' changes the database outside its transaction")
                }
            }
        }
        return problems
    }

    /// The built-in modules and `module` (once, when it is a built-in one itself).
    static func modules(with module: any CommandModule) -> [any CommandModule] {
        let builtin = BuiltinModules.all
        return builtin.contains { $0.name == module.name } ? builtin : builtin + [module]
    }

    private static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lobkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }
}
