@testable import LOBKit

extension TestSession {
    /// The blocks of one report section for `schoolYear` (default the session's current one), as Markdown
    /// under the title `t`, so that tests can compare exact texts.
    func sectionMarkdown(
        _ section: any ReportSection, schoolYear: SchoolYear? = nil, language: UILanguage = .dutch
    ) throws -> String {
        let year = schoolYear ?? session.currentSchoolYear
        let today = session.today()
        let indicators = session.registry.indicators
        let blocks = try session.store().transaction { store throws(LOBError) in
            try section.blocks(
                for: ReportRequest(schoolYear: year, language: language, today: today, indicators: indicators),
                in: store)
        }
        return Document(title: "t", blocks: blocks).markdown(language: language)
    }
}
