import Foundation
import Testing

@testable import LOBKit

@MainActor
struct DatabaseBackupTests {
    @Test func aBackupIsACheckedPrivateCopyThatOpensAsTheDatabase() throws {
        let school = try DatabaseTestSchool()
        #expect(school.run("team nieuw \"A. Bakker\" --rol mentor").error == nil)
        let result = school.run("database backup kopie.sqlite")
        #expect(result.error == nil)
        #expect(result.output.hasPrefix("backup gemaakt in kopie.sqlite ("))
        #expect(
            result.output.hasSuffix("pagina's), gecontroleerd: in orde; terugzetten met: lobsh --db kopie.sqlite\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: school.path("kopie.sqlite"))[.posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o600)
        let copy = try Store.open(path: school.path("kopie.sqlite"), modules: BuiltinModules.all)
        let names = try copy.transaction { transaction throws(LOBError) in
            try transaction.staffMembers().map(\.name)
        }
        #expect(names == ["A. Bakker"])
        let last = try school.store.transaction { transaction throws(LOBError) in try transaction.lastBackupTime() }
        #expect(last != nil)
    }

    @Test func anExistingFileIsReplacedOnlyWhenAskedTo() throws {
        let school = try DatabaseTestSchool()
        try Data("oud".utf8).write(to: URL(fileURLWithPath: school.path("kopie.sqlite")))
        let refused = school.run("database backup kopie.sqlite")
        #expect(refused.error?.message == Message(.backupExists, "kopie.sqlite"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: school.path("kopie.sqlite"))) == Data("oud".utf8))
        #expect(school.run("database backup kopie.sqlite --overschrijf").error == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: school.path("kopie.sqlite"))).count > 4096)
    }

    @Test func theDatabaseItselfIsNeverTheBackup() throws {
        let school = try DatabaseTestSchool()
        let result = school.run("database backup school.sqlite --overschrijf")
        #expect(result.error?.message == Message(.backupIsDatabase, "school.sqlite"))
        #expect(school.run("database controle").output == "de database is in orde (integrity_check: ok)\n")
    }
}
