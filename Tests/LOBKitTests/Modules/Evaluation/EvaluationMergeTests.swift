import Foundation
import Testing

@testable import LOBKit

/// `evaluatie samenvoegen`: three schools into one regional picture, never un-suppressing.
@MainActor
struct EvaluationMergeTests {
    static func counts(_ values: [[Int]]) -> [AggregateCell] {
        let rows = ["4", "5"]
        let columns = ["a", "b", "c"]
        return values.enumerated().flatMap { row, line in
            line.enumerated().map { column, count in
                AggregateCell(row: rows[row], column: columns[column], count: CountRange(count))
            }
        }
    }

    static func school(_ brin: String, _ values: [[Int]], respondents: Int, mean: Double, status: String) throws
        -> AggregateExport
    {
        let year = try #require(SchoolYear(parsing: "2026-2027"))
        let made = try #require(LOBDate(year: 2026, month: 11, day: 29))
        let tables = [
            AggregateTable(
                id: "t.aantal", title: Localized(nl: "Aantal", en: "Count"), rowDimension: "leerjaar",
                columnDimension: "x", cells: counts(values)),
            AggregateTable(
                id: "t.gemiddelde", title: Localized(nl: "Gemiddelde", en: "Mean"), measure: .mean,
                rowDimension: "thema", columnDimension: "schooltype",
                cells: [AggregateCell(row: "lob", column: "havo", count: CountRange(respondents), mean: mean)]),
        ]
        return AggregateExport(
            audience: .network, schools: [AggregateExport.School(brin: brin, name: "School \(brin)")],
            isCombined: false, schoolYear: year, made: made, minimumRespondents: 10, scan: ["A1": [status: 1]],
            tables: tables.map { PublishedTable($0, minimumRespondents: 10) })
    }

    /// A session whose working folder holds the three schools' exports and some broken files.
    static func session() throws -> TestSession {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "a.json": try school(
                "11AA", [[20, 10, 5], [15, 12, 6]], respondents: 12, mean: 3, status: "gerealiseerd"
            )
            .json(),
            "b.json": try school(
                "22BB", [[3, 30, 20], [40, 50, 60]], respondents: 20, mean: 4, status: "gerealiseerd"
            )
            .json(),
            "c.json": try school(
                "33CC", [[8, 9, 10], [6, 7, 11]], respondents: 6, mean: 5, status: "in-ontwikkeling"
            )
            .json(),
            "nieuw.json": "{\"formaat\": \"lobsh-evaluatie-export\", \"versie\": 2, \"tabellen\": []}",
            "kapot.json": "{\"formaat\": ",
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let test = try TestSession(demo: false)
        test.session.workingDirectory = folder.path
        return test
    }

    @Test func aSchoolsSuppressionIsSecondaryAndStaysInTheCombination() throws {
        let test = try Self.session()
        let b = try AggregateExport.decode(
            Data(try test.output("evaluatie samenvoegen b.json").utf8), file: "b")
        #expect(b.tables.first?.counts.cells == [[nil, CountRange(30), nil], [nil, CountRange(50), nil]])
        let combined = try AggregateExport.decode(
            Data(try test.output("evaluatie samenvoegen a.json b.json c.json").utf8), file: "regio")
        #expect(combined.isCombined)
        #expect(combined.schools.map(\.brin) == ["11AA", "22BB", "33CC"])
        let counts = try #require(combined.tables.first { $0.id == "t.aantal" })
        #expect(counts.counts.cells == [[nil, CountRange(49), nil], [nil, CountRange(69), nil]])
        #expect(counts.counts.rowTotals == [CountRange(115), CountRange(207)])
        #expect(counts.counts.columnTotals == [CountRange(92), CountRange(118), CountRange(112)])
        #expect(counts.counts.grandTotal == CountRange(322))
        #expect(combined.scan == ["A1": ["gerealiseerd": 2, "in-ontwikkeling": 1]])
    }

    @Test func meansAreWeightedOverTheSchoolsThatPublishedThem() throws {
        let test = try Self.session()
        let combined = try AggregateExport.decode(
            Data(try test.output("evaluatie samenvoegen a.json b.json c.json").utf8), file: "regio")
        let means = try #require(combined.tables.first { $0.id == "t.gemiddelde" })
        // School C's 6 respondents were withheld: (12 × 3 + 20 × 4) / 32.
        #expect(means.counts.cells == [[CountRange(32)]])
        #expect(means.means == [[3.63]])
    }

    @Test func theTableFormatShowsSuppressedCells() throws {
        let test = try Self.session()
        let output = try test.output(
            "evaluatie samenvoegen a.json b.json c.json --formaat tabel | waar tabel = t.aantal en rij = 4 | kolommen kolom aantal"
        )
        #expect(
            output == """
                kolom   aantal
                ------  ----------
                a       onderdrukt
                b       49
                c       onderdrukt
                totaal  115
                (4 rijen)

                """)
    }

    @Test func aNewerVersionIsADataErrorNamingTheFile() throws {
        let test = try Self.session()
        let result = test.run("evaluatie samenvoegen a.json nieuw.json")
        #expect(result.error?.kind == .data)
        #expect(result.error?.message == Message(.evaluationExportNewerVersion, "nieuw.json", "2", "1"))
    }

    @Test func brokenJSONIsADataErrorNamingTheFile() throws {
        let test = try Self.session()
        let result = test.run("evaluatie samenvoegen kapot.json")
        #expect(result.error?.kind == .data)
        #expect(result.error?.message.key == .evaluationExportUnreadable)
        #expect(result.diagnostics.contains("kapot.json is geen leesbare export (kapotte JSON)"))
    }

    @Test func aMissingFileIsNamed() throws {
        let test = try Self.session()
        let result = test.run("evaluatie samenvoegen a.json weg.json")
        #expect(result.error?.message == Message(.fileNotFound, "weg.json"))
    }
}
