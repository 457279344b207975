import Testing

@testable import LOBKit

/// Every command's help: both languages, and examples that really run on the demo school.
@MainActor
struct CommandExampleTests {
    nonisolated static let specs: [CommandSpec] = ((try? CommandRegistry(modules: BuiltinModules.all))?.commands ?? [])
        .map { type(of: $0).spec }

    @Test func theRegistryHasCommands() {
        #expect(CommandExampleTests.specs.count >= 20)
    }

    @Test(arguments: specs.map(\.displayName))
    func everyCommandHasHelpInBothLanguages(_ name: String) throws {
        let spec = try #require(CommandExampleTests.specs.first { $0.displayName == name })
        let texts = [spec.summary] + spec.positionals.map(\.help) + spec.flags.map(\.help) + spec.examples.map(\.help)
        for text in texts {
            #expect(!text.dutch.isEmpty && !text.english.isEmpty, "\(name): \(text)")
        }
    }

    @Test(arguments: specs.flatMap { spec in spec.examples.map(\.line) })
    func everyExampleRunsOnTheDemoSchool(_ line: String) throws {
        let test = try TestSession(demo: true)
        let result = test.run(line)
        #expect(result.error == nil, "\(line): \(result.diagnostics)")
    }

    @Test func helpShowsEveryGroupAndCommand() throws {
        let test = try TestSession(demo: false)
        let overview = try test.output("help")
        #expect(overview.contains("leerling (student)"))
        #expect(overview.contains("waar (where)"))
        let detail = try test.output("help leerling lijst")
        #expect(detail.contains("--leerjaar, --year GETAL"))
        #expect(detail.contains("Voorbeelden:"))
        #expect(test.run("help leerlng").error?.message == Message(.unknownCommandSuggest, "leerlng", "leerling"))
    }

    @Test func registeringTwoModulesWithOneNameIsRefused() {
        #expect(throws: CommandRegistry.Conflict.self) {
            try CommandRegistry(modules: [CoreModule(), CoreModule()])
        }
    }
}
