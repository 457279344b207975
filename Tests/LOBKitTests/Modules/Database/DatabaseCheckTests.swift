import Testing

@testable import LOBKit

@MainActor
struct DatabaseCheckTests {
    @Test func aSoundDatabaseSaysSo() throws {
        let test = try TestSession()
        #expect(try test.output("database controle") == "de database is in orde (integrity_check: ok)\n")
    }
}
