import Testing

@testable import LOBKit

@MainActor
struct PolicyIndicatorTests {
    private let thisYear = SchoolYear(parsing: "2026-2027")

    private func measure(_ test: TestSession, _ year: SchoolYear?) throws -> [String: IndicatorValue] {
        let year = try #require(year)
        let indicators = PolicyModule().indicators
        return try test.session.store().transaction { store throws(LOBError) in
            var values: [String: IndicatorValue] = [:]
            for indicator in indicators { values[indicator.id] = try indicator.measure(in: store, schoolYear: year) }
            return values
        }
    }

    private func value(_ text: String, _ inOrder: Bool) -> IndicatorValue {
        .value(Localized(nl: text, en: text), inOrder: inOrder)
    }

    @Test func theModuleRegistersItsSixIndicatorsForB1ToB3() throws {
        let registry = try CommandRegistry(modules: BuiltinModules.all)
        let policy = registry.indicators.filter { $0.id.hasPrefix("beleid.") }
        #expect(
            policy.map(\.id) == [
                "beleid.vragen-beantwoord", "beleid.mr-instemming", "beleid.leerlingenraad", "beleid.schoolplan",
                "beleid.publicaties", "beleid.inspanningsverplichting",
            ])
        #expect(policy.map(\.norms) == [["B1"], ["B1"], ["B1"], ["B1"], ["B2"], ["B3"]])
        #expect(policy.allSatisfy { !$0.name.dutch.isEmpty && !$0.name.english.isEmpty })
    }

    @Test func onAnEmptyStoreEveryIndicatorHasNoData() throws {
        let values = try measure(TestSession(demo: false), thisYear)
        #expect(values.count == 6)
        #expect(values.values.allSatisfy { $0 == .noData })
    }

    @Test func onTheDemoEveryIndicatorHasAValue() throws {
        let values = try measure(TestSession(demo: true), thisYear)
        #expect(
            values["beleid.vragen-beantwoord"] == .value(Localized(nl: "7 van 7", en: "7 of 7"), inOrder: true))
        #expect(values["beleid.mr-instemming"] == value("2026-03-10", true))
        #expect(values["beleid.leerlingenraad"] == value("2026-02-12", true))
        #expect(values["beleid.schoolplan"] == value("2026-05-20", true))
        #expect(
            values["beleid.publicaties"] == value("gepubliceerd-schoolgids 2026-08-28", true))
        #expect(
            values["beleid.inspanningsverplichting"]
                == .value(
                    Localized(
                        nl: "vastgelegd voor 2025-2026 op 2026-03-10", en: "recorded for 2025-2026 on 2026-03-10"),
                    inOrder: true))
    }

    @Test func aYearBeforeTheDemoPolicyIsMeasuredNotLeftEmpty() throws {
        let values = try measure(TestSession(demo: true), SchoolYear(parsing: "2024-2025"))
        #expect(
            values["beleid.vragen-beantwoord"] == .value(Localized(nl: "0 van 7", en: "0 of 7"), inOrder: false))
        #expect(
            values["beleid.mr-instemming"]
                == .value(Localized(nl: "niet vastgelegd", en: "not recorded"), inOrder: false))
        #expect(values["beleid.publicaties"] == .value(Localized(nl: "geen", en: "none"), inOrder: false))
    }

    @Test func anyRecordedPolicyDataEndsNoData() throws {
        let test = try TestSession(demo: false)
        try test.output("beleid verantwoordelijke --rol decaan --naam \"M. Jansen\"")
        let values = try measure(test, thisYear)
        #expect(
            values["beleid.vragen-beantwoord"] == .value(Localized(nl: "0 van 7", en: "0 of 7"), inOrder: false))
    }
}
