import Testing

@testable import LOBKit

@MainActor
struct TransitionSuccessTests {
    /// Cohort 2025 with statuses known, cohort 2026 mostly not yet.
    static func school() throws -> TransitionTestSchool {
        let school = try TransitionTestSchool()
        let rows = [
            ("1", 2025, "havo", "doorgegaan"), ("2", 2025, "havo", "geswitcht"), ("3", 2025, "havo", "geswitcht"),
            ("4", 2025, "havo", "uitgevallen"), ("5", 2025, "vwo", "doorgegaan"), ("6", 2025, "vwo", "onbekend"),
            ("7", 2026, "havo", "onbekend"), ("8", 2026, "havo", "onbekend"), ("9", 2026, "vwo", "geswitcht"),
        ]
        for (number, cohort, type, status) in rows {
            try school.test.output(
                "doorstroom registreer \(number) --cohort \(cohort) --schooltype \(type) --bestemming hbo "
                    + "--status \(status)")
        }
        return school
    }

    @Test func sharesPerGroupOfTheLatestCohortWithMostStatusesKnown() throws {
        let school = try TransitionSuccessTests.school()
        #expect(
            try school.test.output("doorstroom succes | naar csv")
                == """
                schooltype,aantal,doorgegaan,geswitcht,uitgevallen,onbekend
                havo,4,25%,50%,25%,0%
                vwo,2,50%,0%,0%,50%
                totaal,6,33%,33%,17%,17%

                """)
        #expect(
            try school.test.output("doorstroom succes --cohort 2026 --per bestemming | naar csv")
                == "bestemming,aantal,doorgegaan,geswitcht,uitgevallen,onbekend\nhbo,3,0%,33%,0%,67%\n"
                + "totaal,3,0%,33%,0%,67%\n")
    }

    @Test func theChartHasABarPerGroupAndKnownStatus() throws {
        let school = try TransitionSuccessTests.school()
        #expect(
            try school.test.output("doorstroom succes --grafiek")
                == """
                Status een jaar na het examen, cohort 2025, per schooltype
                  havo doorgegaan  │██████████ 25%
                  havo geswitcht   │████████████████████ 50%
                  havo uitgevallen │██████████ 25%
                  vwo doorgegaan   │████████████████████ 50%
                  vwo geswitcht    │ 0%
                  vwo uitgevallen  │ 0%

                """)
    }

    @Test func withoutAnyKnownStatusItSaysHowToRecordOne() throws {
        let school = try TransitionTestSchool()
        try school.test.output("doorstroom registreer 1 --cohort 2026 --schooltype havo --bestemming hbo")
        #expect(school.test.run("doorstroom succes").error?.message == Message(.transitionNoStatus))
    }
}
