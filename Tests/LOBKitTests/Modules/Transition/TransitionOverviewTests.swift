import Testing

@testable import LOBKit

@MainActor
struct TransitionOverviewTests {
    static let duo = TransitionTestSchool.duoFixture.path

    @Test func duoTotalsBuiltOnCensoredCountsAreRanges() throws {
        let school = try TransitionTestSchool()
        try school.test.output("doorstroom importeer \(Self.duo) --formaat duo --brin 99ZZ")
        #expect(
            try school.test.output("doorstroom overzicht | naar csv")
                == """
                bestemming,aantal,aandeel
                mbo-1,1–4,1–3%
                mbo-2,14,11–12%
                mbo-3,9,7–8%
                mbo-4,37–40,29–33%
                hbo,32,25–27%
                wo,18,14–15%
                havo,6–9,5–7%
                anders,1–4,1–3%
                totaal,118–130,100%

                """)
        #expect(
            try school.test.output("doorstroom overzicht --cohort 2024 --per schooltype | naar csv")
                == """
                schooltype,aantal,aandeel
                vmbo-bb,14–17,11–14%
                vmbo-kb,12–15,10–13%
                vmbo-gl,14,11–12%
                vmbo-tl,16–19,13–16%
                havo,36,28–31%
                vwo,23–26,19–22%
                totaal,115–127,100%

                """)
    }

    @Test func ownRecordsAreTheDefaultSourceWithExactShares() throws {
        let school = try TransitionTestSchool()
        for (number, type, destination) in [
            ("1", "havo", "hbo"), ("2", "havo", "hbo"), ("3", "havo", "mbo-4"), ("4", "vwo", "wo"),
        ] {
            try school.test.output(
                "doorstroom registreer \(number) --cohort 2026 --schooltype \(type) --bestemming \(destination)")
        }
        try school.test.output("doorstroom registreer 9 --cohort 2025 --schooltype vwo --bestemming wo")
        try school.test.output("doorstroom importeer \(Self.duo) --formaat duo --brin 99ZZ")
        #expect(
            try school.test.output("doorstroom overzicht --per schooltype | naar csv")
                == "schooltype,aantal,aandeel\nhavo,3,75%\nvwo,1,25%\ntotaal,4,100%\n")
        #expect(
            try school.test.output("doorstroom overzicht --cohort 2025 | naar csv")
                == "bestemming,aantal,aandeel\nwo,1,100%\ntotaal,1,100%\n")
        #expect(
            try school.test.output("doorstroom overzicht --grafiek")
                == """
                Doorstroom cohort 2026 per bestemming (bron: school)
                  mbo-4 │██████████ 1 (25%)
                  hbo   │████████████████████ 2 (50%)
                  wo    │██████████ 1 (25%)

                """)
    }

    @Test func theChartShadesARange() throws {
        let school = try TransitionTestSchool()
        try school.test.output("doorstroom importeer \(Self.duo) --formaat duo --brin 99ZZ")
        let chart = try school.test.output("doorstroom overzicht --bron duo --grafiek")
        #expect(chart.hasPrefix("Doorstroom cohort 2026 per bestemming (bron: duo)\n"))
        #expect(chart.contains("  mbo-4  │████████████░ 37–40 (29–33%)\n"))
        #expect(chart.contains("  hbo    │██████████░ 32 (25–27%)\n"))
    }

    @Test func duoHasNoProfileAndNoDataIsSaidPlainly() throws {
        let school = try TransitionTestSchool()
        #expect(school.test.run("doorstroom overzicht").error?.message == Message(.transitionNoData))
        try school.test.output("doorstroom importeer \(Self.duo) --formaat duo --brin 99ZZ")
        #expect(
            school.test.run("doorstroom overzicht --per profiel").error?.message
                == Message(.transitionDUONoGrouping, "profiel"))
        for line in ["doorstroom overzicht --cohort 2019", "doorstroom overzicht --bron duo --cohort 2019"] {
            #expect(
                school.test.run(line).error?.message == Message(.transitionNoCohort, "duo", "2019", "2024, 2025, 2026"))
        }
    }
}
