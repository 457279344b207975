import Testing

@testable import LOBKit

/// The A1 and A2 indicators from the catalogue.
@MainActor
struct ActivityIndicatorTests {
    private func measure(_ id: String, _ test: TestSession, year: Int = 2026) throws -> IndicatorValue {
        let indicator = try #require(test.session.registry.indicators.first { $0.id == id })
        return try test.session.store().transaction { transaction throws(LOBError) in
            try indicator.measure(in: transaction, schoolYear: SchoolYear(validStartYear: year))
        }
    }

    @Test func bothBearOnTheirNorms() throws {
        let test = try TestSession(demo: false)
        let indicators = test.session.registry.indicators.filter { $0.id.hasPrefix("activiteit.") }
        #expect(indicators.map(\.id) == ["activiteit.dekking", "activiteit.samenhang"])
        #expect(indicators.map(\.norms) == [["A1"], ["A2"]])
    }

    @Test func anEmptyCatalogueHasNoData() throws {
        let test = try TestSession(demo: false)
        #expect(try measure("activiteit.dekking", test) == .noData)
        #expect(try measure("activiteit.samenhang", test) == .noData)
        try test.output(
            "activiteit nieuw OUD --naam Oud --soort les --leerjaar 1 --competentie netwerken --tot 2024-06-30")
        #expect(try measure("activiteit.dekking", test) == .noData, "a catalogue of past activities is no data")
    }

    @Test func theDemoHasValues() throws {
        let test = try TestSession(demo: true)
        #expect(
            try measure("activiteit.dekking", test)
                == .value(
                    Localized(
                        nl: "29 van 30 vakken gedekt; gaten: netwerken in leerjaar 2",
                        en: "29 of 30 cells covered; gaps: netwerken in year 2"
                    ), inOrder: false))
        #expect(
            try measure("activiteit.samenhang", test)
                == .value(
                    Localized(nl: "geen bevindingen (6 schooltypen)", en: "no findings (6 school types)"), inOrder: true
                ))
        let shown = try test.output("agenda toon A1")
        #expect(shown.contains("29 van 30 vakken gedekt; gaten: netwerken in leerjaar 2"))
    }

    @Test func findingsAreCountedPerSchoolType() throws {
        let test = try TestSession(demo: false)
        let all = Competency.allCases.map { "--competentie \($0.rawValue)" }.joined(separator: " ")
        try test.output(
            """
            activiteit nieuw ALLES --naam Alles --soort les --leerjaar 1 --leerjaar 2 --leerjaar 3 --leerjaar 4 --leerjaar 5 --leerjaar 6 \(all)
            activiteit nieuw SECTOR --naam Sector --soort les --schooltype vmbo-bb --leerjaar 2 --competentie netwerken --keuzemoment sectorkeuze-vmbo-2
            activiteit nieuw VERVOLG --naam Vervolg --soort les --leerjaar 4 --competentie netwerken --keuzemoment vervolgopleiding
            """)
        let value = try measure("activiteit.samenhang", test)
        #expect(
            value
                == .value(
                    Localized(
                        nl: "5 bevinding(en): vmbo-bb 0, vmbo-kb 1, vmbo-gl 1, vmbo-tl 1, havo 1, vwo 1",
                        en: "5 finding(s): vmbo-bb 0, vmbo-kb 1, vmbo-gl 1, vmbo-tl 1, havo 1, vwo 1"),
                    inOrder: false))
        #expect(
            try measure("activiteit.dekking", test)
                == .value(
                    Localized(nl: "30 van 30 vakken gedekt", en: "30 of 30 cells covered"), inOrder: true))
    }
}
