import Testing

@testable import LOBKit

@MainActor
struct ProgrammeReportSectionTests {
    @Test func withoutDataEachPartSaysWhatIsMissing() throws {
        #expect(
            try TestSession(demo: false).sectionMarkdown(ProgrammeReportSection()) == """
                # t

                Voor 2026-2027 staan er geen activiteiten in de catalogus (activiteit nieuw …).

                Voor 2026-2027 zijn geen deelnames geregistreerd (deelname registreer …).

                Er zijn geen regels voor de inspanningsverplichting vastgelegd (verplichting nieuw …).

                """)
    }

    @Test func showsCoverageParticipationRatesAndObligationsMet() throws {
        let school = try ParticipationTestSchool()
        try school.test.output(
            """
            deelname registreer OD-HAN 1001 1002 --datum 2026-11-14
            deelname registreer STUDIE-4 1001 --datum 2026-10-01
            deelname registreer OD-MBO 1004 --datum 2026-10-10 --status afwezig
            deelname registreer OD-HAN 1003 --datum 2025-11-14
            verplichting nieuw --schooltype havo --leerjaar 4 --activiteit STUDIE-4
            """)
        let markdown = try school.test.sectionMarkdown(ProgrammeReportSection())
        #expect(markdown.hasPrefix("# t\n\n3 activiteiten, per leerjaar en loopbaancompetentie (0 ! is een gat):\n"))
        #expect(markdown.contains("| 4 | 0 ! | 1 | 2 | 0 ! | 0 ! |"))
        // Only `deelgenomen` in this school year counts: 1004 was absent, 1003 went last year.
        #expect(
            markdown.contains(
                """
                ```text
                Leerlingen met minstens één deelname, 2026-2027
                  leerjaar 3 │ 0%
                  leerjaar 4 │███████████████████████████ 67%
                ```
                """))
        #expect(markdown.contains("| 3 | 1 | 0 | 0% |\n| 4 | 3 | 2 | 67% |"))
        #expect(
            markdown.hasSuffix(
                """
                De inspanningsverplichting per schooltype en leerjaar, geteld tot en met 2026-11-29:

                | schooltype | leerjaar | leerlingen | voldaan | aandeel-voldaan | op-schema |
                | --- | --- | --- | --- | --- | --- |
                | havo | 4 | 3 | 1 | 33% | 3 |

                """))
    }
}
