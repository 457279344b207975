import Foundation
import Testing

@testable import LOBKit

/// `Jans<Tab>`: students found by the start of their name or surname, without regard to case or diacritics,
/// through the search keys that every write of a student keeps.
@MainActor
struct StudentSearchTests {
    private static let names: [(number: String, given: String, infix: String, surname: String)] = [
        ("1001", "Jan", "", "Jansen"), ("1002", "Anna", "", "Janssen"), ("1003", "Zoë", "'t", "Hart"),
        ("1004", "Emre", "", "Özdemir"), ("1005", "Sanne", "de", "Jong"), ("2001", "Janneke", "van", "Dijk"),
    ]

    private func school(_ extra: [(number: String, given: String, infix: String, surname: String)] = []) throws
        -> TestSession
    {
        let test = try TestSession(demo: false)
        try test.session.store().transaction { transaction throws(LOBError) in
            let branch = try transaction.addBranch(brin: "99ZZ", number: "00", name: "Test")
            for (number, given, infix, surname) in Self.names + extra {
                try transaction.upsert(
                    Student(
                        number: number, givenName: given, infix: infix, surname: surname, className: "H3A", year: 3,
                        schoolType: .havo, profile: "", mentor: "", branchID: branch.id))
            }
        }
        return test
    }

    private func numbers(_ test: TestSession, _ typed: String) -> [String] {
        Completer(session: test.session).complete("gesprek nieuw " + typed).candidates.map(\.text)
    }

    @Test func theKeyIsLowerCaseWithoutDiacritics() {
        #expect(SearchKey.of("Zoë 't Hart") == "zoe 't hart")
        #expect(SearchKey.of(["Zoë", "'t", "Hart"]) == "zoe 't hart")
        #expect(SearchKey.of(["Emre", "", "ÖZDEMIR"]) == "emre ozdemir")
        #expect(SearchKey.of("Jansen-Müller") == "jansen-muller")
        #expect(SearchKey.upperBound(of: "jans") > "jansen" && SearchKey.upperBound(of: "jans") < "jant")
    }

    @Test func namesAndSurnamesCompleteWithoutRegardToCaseOrDiacritics() throws {
        let test = try school()
        // By full name: Anna Janssen before Jan Jansen; Janneke van Dijk by her given name.
        #expect(numbers(test, "Jans") == ["1002", "1001"])
        #expect(numbers(test, "jans") == ["1002", "1001"])
        #expect(numbers(test, "JAN") == ["1002", "1001", "2001"])
        #expect(numbers(test, "Jann") == ["2001"])
        #expect(numbers(test, "ozd") == ["1004"])
        #expect(numbers(test, "Özd") == ["1004"])
        #expect(numbers(test, "\"emre öz") == ["1004"])
        #expect(numbers(test, "Hart") == ["1003"])
        #expect(numbers(test, "zoe") == ["1003"])
        #expect(numbers(test, "\"Zoë 't") == ["1003"])
        #expect(numbers(test, "Jong") == ["1005"])
        #expect(numbers(test, "Pietersen").isEmpty)
        let display = Completer(session: test.session).complete("gesprek nieuw Hart").candidates.map(\.display)
        #expect(display == ["1003  Zoë 't Hart, H3A"])
    }

    @Test func numbersCompleteByTheirStart() throws {
        let test = try school()
        #expect(Set(numbers(test, "100")) == ["1001", "1002", "1003", "1004", "1005"])
        #expect(numbers(test, "2") == ["2001"])
        #expect(numbers(test, "3").isEmpty)
    }

    @Test func aChangedNameIsFoundByItsNewName() throws {
        let test = try school()
        let store = try test.session.store()
        var student = try #require(
            try store.transaction { transaction throws(LOBError) in try transaction.student(number: "1001") })
        student.surname = "Bakker"
        try store.transaction { transaction throws(LOBError) in try transaction.upsert(student) }
        #expect(numbers(test, "Jans") == ["1002"])
        #expect(numbers(test, "bak") == ["1001"])
        #expect(numbers(test, "\"jan b") == ["1001"])
    }

    @Test func atMostTheLimitAreOfferedTheFirstByName() throws {
        let many = (0..<80).map { index in
            (
                number: String(3000 + index), given: "Kim \(String(format: "%02d", 79 - index))", infix: "",
                surname: "Visser"
            )
        }
        let test = try school(many)
        let found = Completer(session: test.session).complete("gesprek nieuw Kim").candidates.map(\.display)
        #expect(found.count == StudentsModule.completionLimit)
        #expect(found.first == "3079  Kim 00 Visser, H3A")
        #expect(found.last == "3030  Kim 49 Visser, H3A")
        #expect(numbers(test, "viss").count == StudentsModule.completionLimit)
    }

    /// `demo genereer` writes students in bulk, past `upsert`: with their keys all the same.
    @Test func generatedStudentsHaveTheirKeys() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zoeknaam-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bestuur.sqlite").path
        try TestSession().output("demo genereer --leerlingen 60 --scholen 1 --schooljaren 1 --zaad 3 --db \(path)")
        let store = try Store.open(path: path, modules: BuiltinModules.all)
        let rows = try store.transaction { transaction throws(LOBError) in
            try transaction.readOnlyQuery(
                "SELECT roepnaam, tussenvoegsel, achternaam, zoeknaam, zoekachternaam FROM leerling")
        }.rows.map { $0.map(\.plainText) }
        #expect(rows.count == 60)
        for row in rows {
            #expect(row[3] == SearchKey.of(Array(row[0...2])) && row[4] == SearchKey.of(row[2]), "\(row)")
        }
    }

    /// A database from before the search keys gets them from its migration, for the students already in it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func theMigrationFillsTheKeysOfTheStudentsAlreadyThere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zoeknaam-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("school.sqlite").path
        do {
            let store = try Store.open(path: path, modules: BuiltinModules.all)
            try store.transaction { transaction throws(LOBError) in
                let branch = try transaction.addBranch(brin: "99ZZ", number: "00", name: "Test")
                for (number, given, infix, surname) in Self.names {
                    try transaction.upsert(
                        Student(
                            number: number, givenName: given, infix: infix, surname: surname, className: "H3A",
                            year: 3, schoolType: .havo, profile: "", mentor: "", branchID: branch.id))
                }
            }
        }
        // Back to the schema before the migration, the students still there.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [
            path,
            """
            DROP INDEX leerling_zoeknaam; DROP INDEX leerling_zoekachternaam;
            ALTER TABLE leerling DROP COLUMN zoeknaam; ALTER TABLE leerling DROP COLUMN zoekachternaam;
            DELETE FROM grdb_migrations WHERE identifier = 'leerling.v3-zoeknaam';
            """,
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let store = try Store.open(path: path, modules: BuiltinModules.all)
        let keys = try store.transaction { transaction throws(LOBError) in
            try transaction.readOnlyQuery(
                "SELECT leerlingnummer, zoeknaam, zoekachternaam FROM leerling ORDER BY leerlingnummer")
        }
        #expect(keys.rows.count == Self.names.count)
        #expect(keys.rows.first == [.text("1001"), .text("jan jansen"), .text("jansen")])
        #expect(keys.rows.contains([.text("1003"), .text("zoe 't hart"), .text("hart")]))
        #expect(keys.rows.contains([.text("1004"), .text("emre ozdemir"), .text("ozdemir")]))
        #expect(keys.rows.contains([.text("2001"), .text("janneke van dijk"), .text("dijk")]))
    }
}
