import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct RegistrationIndicatorTests {
    private func measure(_ session: ModuleTestSession, _ year: String) throws -> IndicatorValue {
        let indicator = try #require(
            session.session.registry.indicators.first { $0.id == "vo-ho.aangemeld-voor-1-mei" })
        #expect(indicator.norms == ["A2"])
        let schoolYear = try #require(SchoolYear(parsing: year))
        return try session.session.store().transaction { store throws(LOBError) in
            try indicator.measure(in: store, schoolYear: schoolYear)
        }
    }

    @Test func measuresTheShareThatRegisteredByFirstMay() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        #expect(
            try measure(session, "2026-2027")
                == .value(
                    Localized(
                        nl: "36 van 76 aangemeld uiterlijk 1 mei 2027 (47%)",
                        en: "36 of 76 registered by 1 May 2027 (47%)"),
                    inOrder: nil))
        #expect(
            try measure(session, "2025-2026")
                == .value(
                    Localized(
                        nl: "0 van 76 aangemeld uiterlijk 1 mei 2026 (0%)", en: "0 of 76 registered by 1 May 2026 (0%)"),
                    inOrder: nil))
    }

    @Test func inJuneMostRegisteredInTimeButBelowTheThreshold() throws {
        let june = LOBDate(year: 2027, month: 6, day: 10) ?? ModuleTestSession.defaultToday
        let session = try ModuleTestSession(modules: [VoHoModule()], today: june)
        #expect(
            try measure(session, "2026-2027")
                == .value(
                    Localized(
                        nl: "67 van 76 aangemeld uiterlijk 1 mei 2027 (88%)",
                        en: "67 of 76 registered by 1 May 2027 (88%)"),
                    inOrder: nil))
    }

    @Test func withoutRegistrationsThereIsNoData() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()], demo: false)
        #expect(try measure(session, "2026-2027") == .noData)
    }
}
