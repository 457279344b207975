import Testing

@testable import LOBKit

@MainActor
struct DatabaseBackupAgeTests {
    @Test func theAgeIsSevenDaysUntilSetAndStaysWithinAYear() throws {
        let test = try TestSession()
        #expect(
            try test.output("database backupleeftijd")
                == "lobsh herinnert aan een backup als de laatste ouder is dan 7 dagen (0: nooit)\n")
        #expect(
            try test.output("database backupleeftijd 14; database backupleeftijd").hasSuffix(
                "dan 14 dagen (0: nooit)\n"))
        let result = test.run("database backupleeftijd 366")
        #expect(result.error?.kind == .usage)
        #expect(result.error?.message == Message(.backupAgeRange, "366"))
        #expect(try test.output("database backupleeftijd").hasSuffix("dan 14 dagen (0: nooit)\n"))
    }
}
