import Foundation
import Testing

@testable import LOBKit

struct StoreTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("lobsh-store-\(UUID().uuidString)/school.sqlite")
            .path
    }

    @Test func aNewDatabaseFileIsPrivateToItsOwner() throws {
        let path = temporaryPath()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
        _ = try Store.open(path: path, modules: BuiltinModules.all)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func migrationsApplyOnceAndReopeningKeepsTheData() throws {
        let path = temporaryPath()
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
        let first = try Store.open(path: path, modules: BuiltinModules.all)
        try first.transaction { store throws(LOBError) in
            _ = try store.addBranch(brin: "99ZZ", number: "00", name: "Proef")
        }
        let second = try Store.open(path: path, modules: BuiltinModules.all)
        let branches = try second.transaction { store throws(LOBError) in try store.branches() }
        #expect(branches.map(\.name) == ["Proef"])
    }

    @Test func aFailingTransactionChangesNothing() throws {
        let store = try Store.inMemory(modules: BuiltinModules.all)
        #expect(throws: LOBError.self) {
            try store.transaction { transaction throws(LOBError) in
                _ = try transaction.addBranch(brin: "99ZZ", number: "00", name: "Weg")
                throw LOBError(.failed, Message(.databaseError, "proef"))
            }
        }
        let branches = try store.transaction { transaction throws(LOBError) in try transaction.branches() }
        #expect(branches.isEmpty)
    }

    @Test func theDemoSchoolHasItsStudents() throws {
        let store = try Store.demo(modules: BuiltinModules.all)
        let students = try store.transaction { transaction throws(LOBError) in try transaction.students(StudentQuery())
        }
        #expect(students.count >= 600)
        #expect(Set(students.map(\.schoolType)) == Set(SchoolType.allCases))
    }

    @Test func theDefaultPathFollowsXDG() {
        #expect(Store.defaultPath(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/lobsh/school.sqlite")
        #expect(Store.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/lobsh/school.sqlite")
        #expect(
            Store.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
                == "/h/.local/share/lobsh/school.sqlite")
    }
}
