import Testing

@testable import LOBKit

@MainActor
struct AgendaReportSectionTests {
    @Test func withoutAScanItSaysSo() throws {
        #expect(
            try TestSession(demo: false).sectionMarkdown(AgendaReportSection())
                == "# t\n\nVoor 2026-2027 is nog geen scan van de kwaliteitsagenda gemaakt "
                + "(agenda beoordeel NORM --status …).\n")
    }

    @Test func showsTheScanAChartOfStatusesAndWhatChanged() throws {
        let test = try TestSession(demo: false)
        try test.output(
            """
            agenda beoordeel A2 --status niet-gestart --schooljaar 2025-2026
            agenda beoordeel A2 --status gerealiseerd --bewijs programma.pdf
            agenda beoordeel B1 --status in-ontwikkeling
            """)
        let markdown = try test.sectionMarkdown(AgendaReportSection())
        #expect(markdown.hasPrefix("# t\n\nTotaal: 1 van 8 gerealiseerd (13%)\n"))
        #expect(
            markdown.contains(
                """
                ```text
                Normen per status, 2026-2027
                  gerealiseerd    │█████ 1
                  in ontwikkeling │█████ 1
                  niet gestart    │██████████████████████████████ 6
                ```
                """))
        #expect(markdown.contains("| A2 | Een samenhangend programma | gerealiseerd | niet gestart ↑ |"))
        #expect(
            markdown.hasSuffix(
                """
                Wat veranderde sinds 2025-2026:

                - B1 Visie en herkenbaar LOB-beleid: niet beoordeeld → in ontwikkeling nieuw
                - A2 Een samenhangend programma: niet gestart → gerealiseerd ↑ · 1 × nieuw bewijs

                """))
    }
}
