import Testing

@testable import LOBKit

@MainActor
struct ObligationsModuleTests {
    private func texts(_ prefix: String) throws -> [String] {
        let test = try TestSession(demo: false)
        return Completer(session: test.session).complete(prefix).candidates.map(\.text)
    }

    @Test func theGroupHasAnEnglishAliasAndComesAfterParticipation() throws {
        let registry = try CommandRegistry(modules: BuiltinModules.all)
        #expect(registry.group(named: "obligation")?.name == "verplichting")
        let names = registry.modules.map(\.name)
        let participation = try #require(names.firstIndex(of: "deelname"))
        #expect(names.firstIndex(of: "verplichting") == participation + 1)
    }

    @Test func kindsCompetenciesAndSchoolTypesComplete() throws {
        #expect(try texts("verplichting nieuw --soort open") == ["open-dag"])
        #expect(try texts("verplichting nieuw --soort oud") == ["ouderavond", "oud-leerlingenavond"])
        #expect(try texts("verplichting nieuw --competentie net") == ["netwerken"])
        #expect(
            try texts("verplichting check --schooltype vm") == ["vmbo-bb", "vmbo-kb", "vmbo-gl", "vmbo-tl", "vmbo"])
        #expect(try texts("obligation add --act") == ["--activiteit", "--activity"])
    }
}
