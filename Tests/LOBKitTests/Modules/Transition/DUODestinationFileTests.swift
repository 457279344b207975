import Foundation
import Testing

@testable import LOBKit

struct DUODestinationFileTests {
    static func read(brins: [String]) throws -> DUODestinationFile {
        let data = try Data(contentsOf: TransitionTestSchool.duoFixture)
        return try DUODestinationFile(
            data: data, path: "duo.csv", brins: brins,
            at: SourceSpan(source: Source(name: nil, text: ""), start: 0, end: 0))
    }

    @Test func theFixtureIsShapedLikeDUOsFile() throws {
        let data = try Data(contentsOf: TransitionTestSchool.duoFixture)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\r\n"))
        #expect(text.contains("\"Maasoever Lyceum; locatie Noord\";\"Zuiderhaven\""))
        #expect(text.contains("\"XXXX\";\"00\";\"Het Zuiderlicht College\""))
        #expect(text.contains("\"<5\"\r\n"))
    }

    @Test func censoredCountsBecomeOneToFourAndHiddenRowsAreAttributedByNameAndGemeente() throws {
        let file = try DUODestinationFileTests.read(brins: ["99ZZ"])
        #expect(file.bad.isEmpty)
        #expect(file.ownRows == 36)
        #expect(file.attributedHidden == 11)
        #expect(file.unattributable == 3)
        #expect(file.otherSchools == 18)
        #expect(Set(file.counts.map(\.cohort)) == [2024, 2025, 2026])
        // No count is ever 0 or 5 because of a `<5`: it is 1…4, and so is a sum of one exact and one `<5`.
        let havo2026 = file.counts.filter { $0.cohort == 2026 && $0.schoolType == .havo }
        #expect(havo2026.map(\.destination) == [.mbo4, .hbo, .other])
        #expect(havo2026.map(\.count) == [.censoredSmall, CountRange(32), .censoredSmall])
        let tl2026 = file.counts.first { $0.cohort == 2026 && $0.schoolType == .vmboTL && $0.destination == .havo }
        #expect(tl2026?.count == CountRange(5))
    }

    @Test func anotherSchoolsHiddenRowsAreAttributedToThatSchool() throws {
        let file = try DUODestinationFileTests.read(brins: ["98ZZ"])
        // Maasoever's two vestigingen: HAVO HBO and VWO WO exact, VWO HBO `<5` found by name, and VMBO TL.
        #expect(file.attributedHidden == 3)
        let cohort2024 = file.counts.filter { $0.cohort == 2024 }
        #expect(cohort2024.map(\.count) == [CountRange(26), CountRange(44), .censoredSmall, CountRange(34)])
    }

    @Test(arguments: [
        ("<5", CountRange?.some(.censoredSmall)), ("12", .some(CountRange(12))), ("< 5", .some(.censoredSmall)),
        ("-1", nil), ("vijf", nil), ("1000000", .some(CountRange(1_000_000))), ("1000001", nil),
        ("9223372036854775807", nil),
    ])
    func countsReadAsRanges(_ text: String, _ expected: CountRange?) {
        #expect(DUODestinationFile.count(text) == expected)
    }

    /// A crash in Fuzz/DUOFuzzer: two rows of the largest Int for one cohort, type and destination overflowed the sum.
    @Test func aHugeCountIsABadRowNotAnOverflow() throws {
        let text = """
            brin;onderwijstype;leerweg;diplomajaar;bestemming;aantal
            99ZZ;havo;;2025;WO;9223372036854775807
            99ZZ;havo;;2025;WO;9223372036854775807
            99ZZ;havo;;2025;HBO;12
            """
        let file = try DUODestinationFile(
            data: Data(text.utf8), path: "duo.csv", brins: ["99ZZ"],
            at: SourceSpan(source: Source(name: nil, text: ""), start: 0, end: 0))
        #expect(file.bad.map(\.line) == [2, 3])
        #expect(
            file.bad.first?.message.text(.english)
                == "column aantal: '9223372036854775807' is not a count (a whole number, or <5)")
        #expect(file.counts == [DUOCount(cohort: 2025, schoolType: .havo, destination: .hbo, count: CountRange(12))])
    }

    @Test func schoolTypesFromOnderwijstypeAndLeerweg() {
        #expect(DUODestinationFile.schoolType("VMBO", track: "BB") == .vmboBB)
        #expect(DUODestinationFile.schoolType("VMBO", track: "TL") == .vmboTL)
        #expect(DUODestinationFile.schoolType("VMBO-KB", track: "") == .vmboKB)
        #expect(DUODestinationFile.schoolType("HAVO", track: "") == .havo)
        #expect(DUODestinationFile.schoolType("VMBO", track: "") == nil)
    }
}
