import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct HandoverIndicatorTests {
    private func measure(_ session: ModuleTestSession, _ year: String) throws -> IndicatorValue {
        let indicator = try #require(
            session.session.registry.indicators.first { $0.id == "vmbo-mbo.aangemeld-voor-1-april" })
        #expect(indicator.norms == ["A2"])
        let schoolYear = try #require(SchoolYear(parsing: year))
        return try session.session.store().transaction { store throws(LOBError) in
            try indicator.measure(in: store, schoolYear: schoolYear)
        }
    }

    @Test func measuresTheShareThatAppliedByFirstApril() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        #expect(
            try measure(session, "2026-2027")
                == .value(
                    Localized(
                        nl: "19 van 86 aangemeld uiterlijk 1 april 2027 (22%)",
                        en: "19 of 86 applied by 1 April 2027 (22%)"),
                    inOrder: nil))
        // Applications from 2026-2027 do not count for the year before.
        #expect(
            try measure(session, "2025-2026")
                == .value(
                    Localized(
                        nl: "0 van 86 aangemeld uiterlijk 1 april 2026 (0%)", en: "0 of 86 applied by 1 April 2026 (0%)"
                    ),
                    inOrder: nil))
    }

    @Test func withoutApplicationsThereIsNoData() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()], demo: false)
        #expect(try measure(session, "2026-2027") == .noData)
    }
}
