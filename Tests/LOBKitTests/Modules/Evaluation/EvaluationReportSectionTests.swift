import Testing

@testable import LOBKit

@MainActor
struct EvaluationReportSectionTests {
    @Test func withoutEvaluationsItSaysSoForBothYears() throws {
        let test = try TestSession(demo: false)
        #expect(
            try test.sectionMarkdown(EvaluationReportSection()) == """
                # t

                In 2026-2027 is nog geen evaluatie vastgelegd (evaluatie registreer --datum … --met mr).

                Voor 2025-2026 zijn geen besluiten vastgelegd.

                """)
    }

    @Test func listsTheEvaluationsHeldAndLastYearsDecisions() throws {
        let test = try TestSession(demo: false)
        try test.output(
            """
            evaluatie registreer --datum 2026-06-16 --met mr --besluiten "Tevredenheid meten" --data doorstroom
            evaluatie registreer --datum 2026-06-20 --met team --data scan
            evaluatie registreer --datum 2026-11-24 --met mr --met leerlingenraad --data tevredenheid \
            --besluiten "Gesprekken in de onderbouw"
            """)
        #expect(
            try test.sectionMarkdown(EvaluationReportSection()) == """
                # t

                Evaluaties over 2026-2027:

                - 2026-11-24 met mr, leerlingenraad; gegevens: tevredenheid. Besluiten: Gesprekken in de onderbouw

                Besluiten van de evaluatie over 2025-2026:

                - 2026-06-16: Tevredenheid meten

                """)
    }
}
