import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct HandoverReportSectionTests {
    @Test func summarisesStatusesInstitutionsAndConsent() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let section = try #require(session.session.registry.reportSections.first { $0.id == "vmbo-mbo.overdracht" })
        #expect(section.order >= 100)
        let request = ReportRequest(
            schoolYear: try #require(SchoolYear(parsing: "2026-2027")), language: .dutch,
            today: ModuleTestSession.defaultToday)
        let blocks = try session.session.store().transaction { store throws(LOBError) in
            try section.blocks(for: request, in: store)
        }
        let text = Document(title: "Rapport", blocks: blocks).markdown(language: .dutch)
        #expect(
            text.contains(
                "Van de 86 examenleerlingen vmbo zijn er 19 uiterlijk 1 april 2027 aangemeld bij het mbo (22%). 20 gaven toestemming om hun doorstroomdossier te delen."
            ))
        #expect(text.contains("| niet-aangemeld | 67 |"))
        #expect(text.contains("| ROC Zuid | 9 | 5 | 1 |"))
        #expect(text.contains("| Vakcollege Techniek Zuid | 3 | 0 | 1 |"))
    }

    @Test func withoutDataItSaysWhatToDo() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()], demo: false)
        let section = try #require(session.session.registry.reportSections.first { $0.id == "vmbo-mbo.overdracht" })
        let request = ReportRequest(
            schoolYear: try #require(SchoolYear(parsing: "2026-2027")), language: .english,
            today: ModuleTestSession.defaultToday)
        let blocks = try session.session.store().transaction { store throws(LOBError) in
            try section.blocks(for: request, in: store)
        }
        #expect(blocks.count == 1)
        guard case .paragraph(let text)? = blocks.first else {
            Issue.record("expected one paragraph")
            return
        }
        #expect(text.hasPrefix("No mbo applications have been recorded yet"))
    }
}
