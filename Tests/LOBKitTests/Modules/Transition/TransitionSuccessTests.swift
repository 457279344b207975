import Testing

@testable import LOBKit

/// A network module that contributes first-year results: cohort 2025, with a `<5`.
private struct InstitutionResultsModule: CommandModule {
    struct Results: SuccessSource {
        let id = "eerstejaarstest.resultaten"

        func successEntries(cohort: Int?, in store: StoreTransaction) throws(LOBError) -> [TransitionFigures.Entry] {
            [
                .init(
                    cohort: 2025, schoolType: .havo, destination: .hbo, institution: "Hogeschool Zuid",
                    status: .continued, count: CountRange(12)),
                .init(
                    cohort: 2025, schoolType: .havo, destination: .hbo, institution: "Hogeschool Zuid",
                    status: .switched, count: .censoredSmall),
                .init(
                    cohort: 2025, schoolType: .havo, destination: .hbo, institution: "Hogeschool Zuid",
                    status: .droppedOut, count: CountRange(5)),
                .init(
                    cohort: 2025, schoolType: .vwo, destination: .wo, institution: "Universiteit Zuid",
                    status: .continued, count: CountRange(6)),
            ].filter { cohort == nil || $0.cohort == cohort }
        }
    }

    let name = "eerstejaarstest"
    let version = "1.0.0"
    let apiVersion = LOBKitInfo.apiVersion
    let summary = Localized(nl: "Test", en: "Test")
    var commands: [any Command] { [] }
    var successSources: [any SuccessSource] { [Results()] }
}

@MainActor
struct TransitionSuccessTests {
    /// Cohort 2025 with statuses known, cohort 2026 mostly not yet.
    static func school(extra: [any CommandModule] = []) throws -> TransitionTestSchool {
        let school = try TransitionTestSchool(extra: extra)
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

    @Test func theInstitutionsResultsFromAModuleAreSharedWithRanges() throws {
        let school = try TransitionSuccessTests.school(extra: [InstitutionResultsModule()])
        #expect(
            try school.test.output("doorstroom succes --bron instellingen | naar csv")
                == """
                schooltype,aantal,doorgegaan,geswitcht,uitgevallen,onbekend
                havo,18–21,57–67%,6–19%,24–28%,0%
                vwo,6,100%,0%,0%,0%
                totaal,24–27,67–75%,4–15%,19–21%,0%

                """)
        #expect(
            try school.test.output(
                "doorstroom succes --bron instellingen --per instelling | kolommen instelling aantal | naar csv")
                == "instelling,aantal\nHogeschool Zuid,18–21\nUniversiteit Zuid,6\ntotaal,24–27\n")
        // Without --bron the school's own records still count when it has them.
        #expect(try school.test.output("doorstroom succes | kolommen aantal | eerste 1 | naar csv") == "aantal\n4\n")
        #expect(
            school.test.run("doorstroom succes --bron instellingen --cohort 2024").error?.message
                == Message(.transitionNoCohort, "instellingen", "2024", "2025"))
    }

    @Test func withoutOwnStatusesTheInstitutionsResultsAreTheDefault() throws {
        let school = try TransitionTestSchool(extra: [InstitutionResultsModule()])
        #expect(
            try school.test.output("doorstroom succes | kolommen schooltype aantal | naar csv")
                == "schooltype,aantal\nhavo,18–21\nvwo,6\ntotaal,24–27\n")
        let without = try TransitionTestSchool()
        #expect(
            without.test.run("doorstroom succes --bron instellingen").error?.message
                == Message(.transitionNoInstitutionResults))
    }
}
