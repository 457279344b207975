import Foundation
import Testing

@testable import LOBKit

@MainActor
struct FilterTests {
    /// A small table through `lees`, so that the filters are tested on known rows.
    private func session() throws -> (TestSession, String) {
        let test = try TestSession(demo: false)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("filters-\(UUID().uuidString).csv")
            .path
        try
            "naam,leerjaar,klas,datum\nZoë,3,H3A,2026-09-01\nÖzdemir,4,H4A,2026-10-15\njan,10,V6A,\nAnna,4,H4B,2025-12-01\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        return (test, path)
    }

    @Test func waarComparesNumbersAsNumbers() throws {
        let (test, path) = try session()
        #expect(try test.output("lees \(path) | waar leerjaar > 3 | aantal") == "3\n")
        #expect(try test.output("lees \(path) | waar leerjaar >= 4 en klas ~ h | aantal") == "2\n")
        #expect(try test.output("lees \(path) | waar leerjaar = 3 of naam = JAN | aantal") == "2\n")
    }

    @Test func waarComparesDatesAsDates() throws {
        let (test, path) = try session()
        #expect(try test.output("lees \(path) | waar datum < 1-1-2026 | kolommen naam | naar csv") == "naam\nAnna\n")
    }

    @Test func containsIgnoresCaseAndDiacritics() throws {
        let (test, path) = try session()
        #expect(try test.output("lees \(path) | waar naam ~ ozd | kolommen naam | naar csv") == "naam\nÖzdemir\n")
        #expect(try test.output("lees \(path) | waar naam !~ o | aantal") == "2\n")
    }

    @Test func sorteerOrdersNamesAlphabeticallyAndNumbersNumerically() throws {
        let (test, path) = try session()
        #expect(
            try test.output("lees \(path) | sorteer naam | kolommen naam | naar tsv")
                == "naam\nAnna\njan\nÖzdemir\nZoë\n")
        #expect(
            try test.output("lees \(path) | sorteer leerjaar naam --aflopend | kolommen naam | naar tsv")
                == "naam\njan\nÖzdemir\nAnna\nZoë\n")
    }

    @Test func eersteGroepeerEnUniek() throws {
        let (test, path) = try session()
        #expect(try test.output("lees \(path) | eerste 2 | aantal") == "2\n")
        #expect(try test.output("lees \(path) | groepeer leerjaar | naar csv") == "leerjaar,aantal\n3,1\n4,2\n10,1\n")
        #expect(try test.output("lees \(path) | uniek leerjaar | aantal") == "3\n")
    }

    @Test func naarJsonKeepsTypes() throws {
        let (test, path) = try session()
        #expect(
            try test.output("lees \(path) | eerste 1 | naar json")
                == "[{\"naam\": \"Zoë\", \"leerjaar\": 3, \"klas\": \"H3A\", \"datum\": \"2026-09-01\"}]\n")
    }

    @Test func aMistypedColumnGetsADidYouMeanWithACaret() throws {
        let (test, path) = try session()
        let result = test.run("lees \(path) | waar leerjaarr = 3", name: "r.lob")
        #expect(result.error?.kind == .usage)
        let column = "lees \(path) | waar ".count + 1
        #expect(
            result.diagnostics.hasPrefix(
                "r.lob:1:\(column): fout: onbekende kolom 'leerjaarr' (bedoelde je 'leerjaar'?)\n"))
        #expect(result.diagnostics.hasSuffix(String(repeating: " ", count: column + 1) + "^^^^^^^^^\n"))
    }

    @Test(arguments: ["waar leerjaar", "waar leerjaar is 3", "waar leerjaar = 3 maar klas = x", "waar x = 1"])
    func brokenConditionsAreUsageErrors(_ filter: String) throws {
        let (test, path) = try session()
        #expect(test.run("lees \(path) | \(filter)").error?.kind == .usage)
    }

    @Test func aFilterWithoutATableSaysWhatToPutBeforeIt() throws {
        let test = try TestSession(demo: false)
        let result = test.run("echo hoi | aantal")
        #expect(result.error?.message.key == .filterNeedsTable)
    }
}
