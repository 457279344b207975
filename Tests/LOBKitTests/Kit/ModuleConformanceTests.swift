import Foundation
import LOBKit
import LOBKitTesting
import Testing

/// The module kit's conformance check: it passes a good module and names what is wrong with a bad one.
struct ModuleConformanceTests {
    @Test func aBuiltInModuleConforms() throws {
        #expect(try ModuleConformance.problems(of: StaffModule()) == [])
    }

    @Test func aModuleWithoutHelpOrWorkingExamplesIsTold() throws {
        let problems = try ModuleConformance.problems(of: CarelessModule())
        #expect(
            problems == [
                "slordig: summary needs Dutch and English",
                "slordig --hard: help needs Dutch and English",
                "example 'slordig' changes the database outside its transaction",
                "example 'slordig --zacht' fails: unknown flag '--zacht' for 'slordig' (see 'help slordig')",
            ])
    }

    @Test func aNameTakenByABuiltInModuleIsTold() throws {
        #expect(
            try ModuleConformance.problems(of: ClashingModule()) == [
                "two modules claim the name 'echo': kern and botsing"
            ])
    }

    @Test func aModuleWrittenForANewerAPIIsTold() throws {
        #expect(
            try ModuleConformance.problems(of: FutureModule()) == [
                "module 'toekomst' was written for LOBKit API 1.9, this lobsh has API 1.2: update the module (or build lobsh without its folder in Plugins/)"
            ])
    }
}

private struct CarelessModule: CommandModule {
    let name = "slordig"
    let version = "0.0.1"
    let apiVersion = LOBKitInfo.apiVersion
    let summary = Localized(nl: "Slordig", en: "Careless")
    var commands: [any Command] { [Careless()] }
}

/// Says it does not use the store, then writes a branch through a connection of its own: outside any
/// transaction of the session's.
private struct Careless: Command {
    static let spec = CommandSpec(
        "slordig", summary: Localized(nl: "", en: "Careless"),
        flags: [.switch("hard", help: Localized(nl: "Hard", en: ""))],
        examples: [
            Example("slordig", Localized(nl: "Schrijft", en: "Writes")),
            Example("slordig --zacht", Localized(nl: "Fout", en: "Wrong")),
        ], usesStore: false)

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let own = try Store.open(path: context.resolvePath("school.sqlite"), modules: BuiltinModules.all)
        _ = try own.transaction { transaction throws(LOBError) in
            try transaction.execute(
                "INSERT INTO vestiging (brin, nummer, naam) VALUES (?, ?, ?)",
                [.text("00AA"), .text(UUID().uuidString), .text("Elders")])
        }
        return .nothing
    }
}

private struct ClashingModule: CommandModule {
    let name = "botsing"
    let version = "0.0.1"
    let apiVersion = LOBKitInfo.apiVersion
    let summary = Localized(nl: "Botst", en: "Clashes")
    var commands: [any Command] { [Echo2()] }
}

private struct Echo2: Command {
    static let spec = CommandSpec(
        "echo", summary: Localized(nl: "Nog een echo", en: "Another echo"),
        examples: [Example("echo", Localized(nl: "Echo", en: "Echo"))], usesStore: false)

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value { .nothing }
}

private struct FutureModule: CommandModule {
    let name = "toekomst"
    let version = "0.0.1"
    let apiVersion = APIVersion(major: 1, minor: 9)
    let summary = Localized(nl: "Later", en: "Later")
    var commands: [any Command] { [] }
}
