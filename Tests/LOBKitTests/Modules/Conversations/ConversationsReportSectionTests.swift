import Testing

@testable import LOBKit

@MainActor
struct ConversationsReportSectionTests {
    @Test func withoutConversationsItSaysSo() throws {
        #expect(
            try TestSession(demo: false).sectionMarkdown(ConversationsReportSection())
                == "# t\n\nVoor 2026-2027 zijn geen loopbaangesprekken vastgelegd (gesprek nieuw …).\n")
    }

    @Test func countsConversationsSharesPerLeerjaarAndAgreements() throws {
        let school = try ParticipationTestSchool()
        let test = school.test
        try test.recordConversation(
            "gesprek nieuw 1001 --datum 2026-10-01 --met mentor:\"J. de Vries\" --verslag \"Over profielen\" "
                + "--afspraak \"Open dag bezoeken\" --voor 2026-11-01")
        try test.recordConversation(
            "gesprek nieuw 1001 --datum 2026-11-02 --met mentor:\"J. de Vries\" --verslag \"Terugblik\" "
                + "--afspraak \"Studiekeuzetest maken\" --voor 2026-12-15")
        try test.recordConversation(
            "gesprek nieuw 1004 --datum 2026-10-05 --met decaan:\"M. Jansen\" --verslag \"Sector kiezen\"")
        try test.output("gesprek afspraak-klaar 2")
        let markdown = try test.sectionMarkdown(ConversationsReportSection())
        #expect(markdown.hasPrefix("# t\n\n3 gesprekken met 2 leerlingen.\n"))
        #expect(markdown.contains("  leerjaar 3 │████████████████████████████████████████ 100%\n"))
        #expect(markdown.contains("  leerjaar 4 │█████████████ 33%\n"))
        #expect(markdown.contains("| 4 | 3 | 1 | 33% |"))
        #expect(
            markdown.hasSuffix("Afspraken: 2, waarvan 1 klaar en 1 open (1 verlopen op 2026-11-29).\n"))
    }
}
