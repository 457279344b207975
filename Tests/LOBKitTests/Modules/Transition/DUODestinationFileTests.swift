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
        ("-1", nil), ("vijf", nil),
    ])
    func countsReadAsRanges(_ text: String, _ expected: CountRange?) {
        #expect(DUODestinationFile.count(text) == expected)
    }

    @Test func schoolTypesFromOnderwijstypeAndLeerweg() {
        #expect(DUODestinationFile.schoolType("VMBO", track: "BB") == .vmboBB)
        #expect(DUODestinationFile.schoolType("VMBO", track: "TL") == .vmboTL)
        #expect(DUODestinationFile.schoolType("VMBO-KB", track: "") == .vmboKB)
        #expect(DUODestinationFile.schoolType("HAVO", track: "") == .havo)
        #expect(DUODestinationFile.schoolType("VMBO", track: "") == nil)
    }
}
