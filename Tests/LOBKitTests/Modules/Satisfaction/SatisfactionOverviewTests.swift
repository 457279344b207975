import Testing

@testable import LOBKit

@MainActor
struct SatisfactionOverviewTests {
    private func school() throws -> SatisfactionTestSchool {
        let school = try SatisfactionTestSchool()
        try school.write("totalen.csv", SatisfactionTestSchool.totals)
        try school.test.output("tevredenheid importeer totalen.csv --schooljaar 2026-2027")
        return school
    }

    @Test func aGroupBelowTheDefaultMinimumIsWithheldWithTheReasonNeverTheNumber() throws {
        let school = try school()
        #expect(
            try school.test.output("tevredenheid overzicht --per groep")
                == """
                groep    n  gemiddelde  eens  opmerking
                ------  --  ----------  ----  --------------------------
                havo 4  12         3.3
                havo 5                        minder dan 10 respondenten
                (2 rijen)

                """)
    }

    @Test func theSchoolsOwnMinimumAppliesAndMinimumOverridesIt() throws {
        let school = try school()
        try school.test.output("tevredenheid minimum 13")
        #expect(
            try school.test.output("tevredenheid overzicht --per groep | naar csv")
                == "groep,n,gemiddelde,eens,opmerking\nhavo 4,,,,minder dan 13 respondenten\n"
                + "havo 5,,,,minder dan 13 respondenten\n")
        #expect(
            try school.test.output("tevredenheid overzicht --per groep --minimum 5 | naar csv")
                == "groep,n,gemiddelde,eens,opmerking\nhavo 4,12,3.3,,\nhavo 5,8,3.4,50%,\n")
        #expect(school.test.run("tevredenheid overzicht --minimum 4").error?.kind == .usage)
    }

    @Test func perItemPoolsTheGroupsAndASmallGroupCountsInTheWhole() throws {
        let school = try school()
        #expect(
            try school.test.output("tevredenheid overzicht | kolommen item thema n gemiddelde eens | naar csv")
                == "item,thema,n,gemiddelde,eens\nLOB01,lob,20,3.5,50%\nLOB05,begeleiding,12,3,\n")
        #expect(
            try school.test.output("tevredenheid overzicht --thema begeleiding | kolommen item | naar csv")
                == "item\nLOB05\n")
        #expect(
            try school.test.output("tevredenheid overzicht --per leerjaar | kolommen leerjaar n opmerking | naar csv")
                == "leerjaar,n,opmerking\n4,12,\n5,,minder dan 10 respondenten\n")
    }

    @Test func grafiekDrawsTheMeansOnAFiveScaleAndTheReasonForASmallGroup() throws {
        let school = try school()
        #expect(
            try school.test.output("tevredenheid overzicht --per groep --grafiek")
                == """
                Tevredenheid 2026-2027 (gemiddelde, 1–5)
                  havo 4 │██████████████████████████ 3.3 (n=12)
                  havo 5 │ minder dan 10 respondenten

                """)
    }

    @Test func aYearWithoutResultsSaysHowToAddThem() throws {
        let school = try school()
        let result = school.test.run("tevredenheid overzicht --schooljaar 2024-2025")
        #expect(
            result.diagnostics
                == "er zijn geen tevredenheidsresultaten voor 2024-2025; voeg ze toe met tevredenheid importeer BESTAND "
                + "--schooljaar 2024-2025\n")
    }
}
