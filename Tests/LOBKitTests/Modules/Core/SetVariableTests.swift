import Testing

@testable import LOBKit

@MainActor
struct SetVariableTests {
    @Test func withoutAValueZetKeepsThePipelinesSingleValue() throws {
        let test = try TestSession(demo: true)
        #expect(try test.output("datum 2026-11-29 min 4 weken | zet sinds; echo $sinds") == "2026-11-01\n")
        #expect(try test.output("leerling lijst --klas H4A | aantal | zet n; echo $n") == "23\n")
        #expect(
            test.run("leerling lijst --klas H4A | zet n").error?.message == Message(.setNeedsSingleValue, "n"))
        #expect(try test.output("zet leeg; echo \"[$leeg]\"") == "[]\n")
    }
}
