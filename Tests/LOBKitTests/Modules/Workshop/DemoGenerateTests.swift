import Foundation
import Testing

@testable import LOBKit

/// `demo genereer` writes a new database, the same for the same seed, and never an existing file.
@MainActor
struct DemoGenerateTests {
    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lobsh-genereer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func rows(_ path: String, _ sql: String) throws -> String {
        let store = try Store.open(path: path, modules: BuiltinModules.all)
        return try store.transaction { transaction throws(LOBError) in
            try transaction.query(sql).rows.map { $0.map(\.plainText).joined(separator: "|") }.joined(separator: "\n")
        }
    }

    @Test func writesTheAskedNumbersOfSchoolsAndStudentsWithTheirHistory() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let session = try TestSession()
        let path = work.appendingPathComponent("bestuur.sqlite").path
        let output = try session.output(
            "demo genereer --leerlingen 400 --scholen 3 --schooljaren 2 --zaad 5 --db \(path) --csv \(work.path)/csv")
        #expect(output.hasPrefix("\(path): 3 vestigingen, 400 leerlingen, "))
        #expect(try rows(path, "SELECT count(*) FROM vestiging") == "3")
        #expect(try rows(path, "SELECT count(*) FROM leerling") == "400")
        #expect(try rows(path, "SELECT count(DISTINCT brin) FROM vestiging") == "3")
        // Two school years of history: participations and conversations in 2025-2026 and 2026-2027 only, none after today.
        #expect(try rows(path, "SELECT min(datum) >= '2025-09-01', max(datum) <= '2026-11-29' FROM deelname") == "1|1")
        #expect(try rows(path, "SELECT min(datum) >= '2025-09-01', max(datum) <= '2026-11-29' FROM gesprek") == "1|1")
        #expect(
            try rows(
                path,
                "SELECT count(*) FROM gesprek g WHERE NOT EXISTS (SELECT 1 FROM gesprek_afspraak a WHERE a.gesprek_id = g.id)"
            ) == "0")
        // Two cohorts of alumni; the last one's status after one year is not known yet.
        #expect(try rows(path, "SELECT DISTINCT cohort FROM doorstroom_leerling ORDER BY cohort") == "2025\n2026")
        #expect(try rows(path, "SELECT DISTINCT status FROM doorstroom_leerling WHERE cohort = 2026") == "onbekend")
        let csv = try String(contentsOfFile: work.path + "/csv/doorstroom.csv", encoding: .utf8)
        let csvLines = csv.split(separator: "\n")
        #expect(
            csvLines.first
                == "leerlingnummer,cohort,schooltype,profiel,bestemming,instelling,opleiding,status-na-een-jaar")
        #expect(try rows(path, "SELECT count(*) FROM doorstroom_leerling") == String(csvLines.count - 1))
    }

    @Test func theSameSeedGivesTheSameDataAndAnotherSeedOtherData() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let session = try TestSession()
        for name in ["a", "b", "c"] {
            let seed = name == "c" ? 2 : 1
            try session.output(
                "demo genereer --leerlingen 120 --zaad \(seed) --schooljaren 2 --db \(work.path)/\(name).sqlite")
        }
        let sql = """
            SELECT group_concat(leerlingnummer || roepnaam || achternaam || klas || (SELECT count(*) FROM deelname d
                WHERE d.leerling_id = l.id), ',') FROM leerling l
            """
        let first = try rows(work.path + "/a.sqlite", sql)
        #expect(try rows(work.path + "/b.sqlite", sql) == first)
        #expect(try rows(work.path + "/c.sqlite", sql) != first)
    }

    @Test func refusesAnExistingFileAndChangesNothing() throws {
        let work = try folder()
        defer { try? FileManager.default.removeItem(at: work) }
        let path = work.appendingPathComponent("school.sqlite").path
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
        let session = try TestSession()
        let result = session.run("demo genereer --leerlingen 10 --db \(path)")
        #expect(result.error?.kind == .failed)
        #expect(result.diagnostics.contains("'\(path)' bestaat al; demo genereer maakt alleen een nieuw bestand"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
    }

    @Test(arguments: [
        ("demo genereer --db x.sqlite", "geef het aantal leerlingen met --leerlingen"),
        ("demo genereer --leerlingen 5 --scholen 6 --db x.sqlite", "--scholen is 1 tot en met 5"),
        ("demo genereer --leerlingen 5 --schooljaren 11 --db x.sqlite", "--schooljaren is 1 tot en met 10"),
        ("demo genereer --leerlingen 5", "geef het nieuwe databasebestand met --db"),
    ])
    func checksItsFlagsAsUsageErrors(_ line: String, _ message: String) throws {
        let session = try TestSession()
        let result = session.run(line)
        #expect(result.error?.kind == .usage)
        #expect(result.diagnostics.contains(message))
    }
}
