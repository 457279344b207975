import Testing

@testable import LOBKit

/// `activiteit dekking`: activities per leerjaar and competency, gaps marked and named.
@MainActor
struct CoverageMatrixTests {
    /// A small catalogue whose every cell is known.
    private func school() throws -> TestSession {
        let test = try TestSession(demo: false)
        try test.output(
            """
            activiteit nieuw WIE --naam Wie --soort les --leerjaar 1 --leerjaar 2 --competentie kwaliteitenreflectie --competentie motievenreflectie
            activiteit nieuw BEDR --naam Bedrijf --soort bedrijfsbezoek --leerjaar 1 --competentie werkexploratie --competentie netwerken
            activiteit nieuw STUUR --naam Sturen --soort les --leerjaar 3 --leerjaar 4 --leerjaar 5 --leerjaar 6 --competentie loopbaansturing
            activiteit nieuw MBO-3 --naam Mbo --soort meeloopdag --schooltype vmbo-tl --leerjaar 3 --competentie werkexploratie
            activiteit nieuw HAVO-5 --naam Havo --soort gastles --schooltype havo --leerjaar 5 --competentie werkexploratie --competentie netwerken
            activiteit nieuw VWO-6 --naam Vwo --soort test --schooltype vwo --leerjaar 6 --competentie kwaliteitenreflectie --competentie werkexploratie
            """)
        return test
    }

    @Test func allSchoolTypesTogetherGiveYearsOneToSixWithExactCounts() throws {
        let test = try school()
        let result = test.run("activiteit dekking | naar csv")
        #expect(result.error == nil)
        #expect(
            result.output == """
                leerjaar,kwaliteitenreflectie,motievenreflectie,werkexploratie,loopbaansturing,netwerken
                1,1,1,1,0 !,1
                2,1,1,0 !,0 !,0 !
                3,0 !,0 !,1,1,0 !
                4,0 !,0 !,0 !,1,0 !
                5,0 !,0 !,1,1,1
                6,1,0 !,1,1,0 !

                """)
        #expect(
            result.diagnostics == "15 gat(en) (0 !): loopbaansturing in leerjaar 1, werkexploratie in leerjaar 2, "
                + "loopbaansturing in leerjaar 2, netwerken in leerjaar 2, kwaliteitenreflectie in leerjaar 3, "
                + "motievenreflectie in leerjaar 3, netwerken in leerjaar 3, kwaliteitenreflectie in leerjaar 4, "
                + "motievenreflectie in leerjaar 4, werkexploratie in leerjaar 4, netwerken in leerjaar 4, "
                + "kwaliteitenreflectie in leerjaar 5, motievenreflectie in leerjaar 5, motievenreflectie in leerjaar 6, "
                + "netwerken in leerjaar 6\n")
    }

    @Test func oneSchoolTypeHasItsOwnYearsAndActivities() throws {
        let test = try school()
        #expect(
            try test.output("activiteit dekking --schooltype havo | naar csv") == """
                leerjaar,kwaliteitenreflectie,motievenreflectie,werkexploratie,loopbaansturing,netwerken
                1,1,1,1,0 !,1
                2,1,1,0 !,0 !,0 !
                3,0 !,0 !,0 !,1,0 !
                4,0 !,0 !,0 !,1,0 !
                5,0 !,0 !,1,1,1

                """)
        #expect(try test.output("activiteit dekking --schooltype vmbo-tl | aantal") == "4\n")
        #expect(
            try test.output(
                "activiteit dekking --schooltype vmbo-tl | waar leerjaar = 3 | kolommen werkexploratie | naar csv")
                == "werkexploratie\n1\n")
    }

    @Test func aFullCatalogueHasNoGaps() throws {
        let test = try TestSession(demo: false)
        let all = Competency.allCases.map { "--competentie \($0.rawValue)" }.joined(separator: " ")
        try test.output(
            "activiteit nieuw ALLES --naam Alles --soort les --leerjaar 1 --leerjaar 2 --leerjaar 3 --leerjaar 4 \(all)"
        )
        let result = test.run("activiteit dekking --schooltype vmbo-bb")
        #expect(!result.output.contains("!"))
        #expect(result.diagnostics == "geen gaten: elke loopbaancompetentie komt in elk leerjaar aan bod\n")
        #expect(test.run("activiteit dekking").diagnostics.hasPrefix("10 gat(en)"), "years 5 and 6 are empty")
    }

    @Test func theDemosDeliberateGapIsFound() throws {
        let test = try TestSession(demo: true)
        let result = test.run("activiteit dekking")
        #expect(result.error == nil)
        #expect(result.diagnostics.contains("netwerken in leerjaar 2"))
        #expect(
            try test.output("activiteit dekking | waar leerjaar = 2 | kolommen netwerken | naar csv")
                == "netwerken\n0 !\n")
        #expect(try test.output("activiteit dekking | aantal") == "6\n")
    }

    @Test func englishNamesTheGapsInEnglish() throws {
        let test = try TestSession(demo: true, language: .english)
        let result = test.run("activiteit dekking")
        #expect(result.diagnostics.contains("gap(s) (0 !): "))
        #expect(result.diagnostics.contains("netwerken in year 2"))
    }

    @Test func onlyActivitiesOfTheSchoolYearCount() throws {
        let test = try TestSession(demo: false)
        try test.output(
            """
            activiteit nieuw OUD --naam Oud --soort les --leerjaar 1 --competentie netwerken --van 2024-09-01 --tot 2025-06-30
            activiteit nieuw NU --naam Nu --soort les --leerjaar 1 --competentie netwerken --van 2026-09-01
            activiteit nieuw ALTIJD --naam Altijd --soort les --leerjaar 1 --competentie netwerken
            """)
        let cell = "activiteit dekking --schooltype havo | waar leerjaar = 1 | kolommen netwerken | naar csv"
        #expect(try test.output(cell) == "netwerken\n2\n")
        #expect(
            try test.output(
                "activiteit dekking --schooljaar 2024-2025 --schooltype havo | waar leerjaar = 1 | kolommen netwerken | naar csv"
            )
                == "netwerken\n2\n")
        #expect(
            try test.output(
                "activiteit dekking --schooljaar 2025-2026 --schooltype havo | waar leerjaar = 1 | kolommen netwerken | naar csv"
            )
                == "netwerken\n1\n")
    }
}
