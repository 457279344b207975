import Testing

@testable import LOBKit

@MainActor
struct EvaluationIndicatorTests {
    private func measure(_ test: TestSession, _ year: String = "2025-2026") throws -> IndicatorValue {
        let schoolYear = try #require(SchoolYear(parsing: year))
        return try test.session.store().transaction { store throws(LOBError) in
            try EvaluationIndicator().measure(in: store, schoolYear: schoolYear)
        }
    }

    @Test func withoutAnEvaluationThereIsNoData() throws {
        #expect(try measure(TestSession(demo: false)) == .noData)
    }

    @Test func heldWithTheMRButWithoutSatisfactionIsNotInOrder() throws {
        let test = try TestSession(demo: false)
        try test.output("evaluatie registreer --datum 2026-06-16 --met mr --data doorstroom --data deelname")
        #expect(
            try measure(test)
                == .value(
                    Localized(
                        nl: "op 2026-06-16 met mr; gegevens: doorstroom, deelname; ontbreekt: tevredenheid",
                        en: "on 2026-06-16 with mr; data: doorstroom, deelname; missing: tevredenheid"),
                    inOrder: false))
    }

    @Test func heldWithoutTheMRIsNotInOrderEvenWithAllData() throws {
        let test = try TestSession(demo: false)
        try test.output("evaluatie registreer --datum 2026-06-16 --met team --data doorstroom --data tevredenheid")
        guard case .value(let text, let inOrder) = try measure(test) else {
            Issue.record("expected a value")
            return
        }
        #expect(text.dutch == "op 2026-06-16 met team; gegevens: doorstroom, tevredenheid; ontbreekt: mr")
        #expect(inOrder == false)
    }

    @Test func heldWithTheMROnSatisfactionAndDoorstroomIsInOrder() throws {
        let test = try TestSession(demo: false)
        try test.output("evaluatie registreer --datum 2026-05-01 --met leerlingenraad --data tevredenheid")
        try test.output(
            "evaluatie registreer --datum 2026-06-16 --met mr --data tevredenheid --data doorstroom --data kwalitatief")
        #expect(
            try measure(test)
                == .value(
                    Localized(
                        nl: "op 2026-06-16 met mr; gegevens: doorstroom, tevredenheid, kwalitatief",
                        en: "on 2026-06-16 with mr; data: doorstroom, tevredenheid, kwalitatief"),
                    inOrder: true))
    }

    @Test func untilThisYearsIsHeldLastYearsIsShownWithoutAVerdict() throws {
        let test = try TestSession(demo: true)
        #expect(
            try measure(test, "2026-2027")
                == .value(
                    Localized(
                        nl: "dit schooljaar nog niet; vorige (2025-2026) op 2026-06-16 met mr, leerlingenraad; "
                            + "gegevens: doorstroom, deelname, gesprekken, scan; ontbrak: tevredenheid",
                        en: "not yet this school year; the last (2025-2026) on 2026-06-16 with mr, leerlingenraad; "
                            + "data: doorstroom, deelname, gesprekken, scan; missing: tevredenheid"),
                    inOrder: nil))
        #expect(try measure(test, "2024-2025") == .noData)
    }

    @Test func theAgendaShowsK1WithItsIndicator() throws {
        let test = try TestSession(demo: true)
        let shown = try test.output("agenda toon K1")
        #expect(shown.contains("in ontwikkeling"))
        #expect(
            shown.contains("Jaarlijkse evaluatie met de MR, met tevredenheid en doorstroom: dit schooljaar nog niet"))
        let scan = try test.output("agenda scan")
        #expect(
            scan.contains(
                "  - K1 Jaarlijkse evaluatie met de MR: in ontwikkeling · 1 × bewijs\n"
                    + "    Jaarlijkse evaluatie met de MR, met tevredenheid en doorstroom: dit schooljaar nog niet; "
                    + "vorige (2025-2026) op 2026-06-16"))
    }
}
