import Testing

@testable import LOBKit

@MainActor
struct TransitionTrendTests {
    @Test func theOwnRecordsOverCohortsWithTheirStatuses() throws {
        let school = try TransitionSuccessTests.school()
        #expect(
            try school.test.output("doorstroom trend | naar csv")
                == """
                cohort,schooltype,aantal,aandeel,doorgegaan,geswitcht,uitgevallen,onbekend
                2025,havo,4,67%,25%,50%,25%,0%
                2025,vwo,2,33%,50%,0%,0%,50%
                2026,havo,2,67%,0%,0%,0%,100%
                2026,vwo,1,33%,0%,100%,0%,0%

                """)
    }

    @Test func duosCountsOverCohortsAsRangesAndAChart() throws {
        let school = try TransitionTestSchool()
        try school.test.output(
            "doorstroom importeer \(TransitionTestSchool.duoFixture.path) --formaat duo --brin 99ZZ")
        let table = try school.test.output("doorstroom trend --per schooltype | waar schooltype = havo | naar csv")
        #expect(
            table
                == "cohort,schooltype,aantal,aandeel\n2024,havo,36,28–31%\n2025,havo,40–43,30–33%\n2026,havo,34–40,27–32%\n"
        )
        let chart = try school.test.output("doorstroom trend --per schooltype --grafiek")
        #expect(chart.hasPrefix("Doorstroom per cohort en schooltype (bron: duo)\n"))
        #expect(chart.contains("  2026 havo    │"))
        #expect(chart.contains("░ 34–40 (27–32%)\n"))
    }
}
