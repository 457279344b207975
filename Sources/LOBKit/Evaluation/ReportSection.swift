/// A section of the yearly evaluation report (`evaluatie rapport`), contributed by a module.
///
/// Built-in modules and plug-ins contribute sections the same way; the report puts them in `order` and
/// gives each its heading.
public protocol ReportSection: Sendable {
    /// A stable id, namespaced by module: `doorstroom.succes`.
    var id: String { get }
    /// Where the section goes: lower first. Built-in sections use 10 (agenda scan), 20 (programme),
    /// 30 (conversations), 40 (doorstroom), 50 (satisfaction), 60 (quotes), 70 (evaluations held);
    /// plug-ins use 100 and up.
    var order: Int { get }
    /// The section's heading.
    var title: Localized { get }
    /// The section's content for one school year. When the data it needs is not there, a paragraph that says
    /// so plainly (what is missing, and the command that adds it), never an empty section or made-up numbers.
    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block]
}

/// What a report section is asked for.
public struct ReportRequest: Sendable {
    public var schoolYear: SchoolYear
    public var language: UILanguage
    public var today: LOBDate
    /// Satisfaction groups with fewer respondents are not reported.
    public var minimumRespondents: Int
    /// Every module's indicators, for sections that show the agenda's norms with their measures.
    public var indicators: [any Indicator]
    /// The agenda's norms with their indicators measured, once the report has measured them: its summary and
    /// the agenda section show the same scan, which is measured once.
    var agendaOverview: AgendaOverview?

    public init(
        schoolYear: SchoolYear, language: UILanguage, today: LOBDate, minimumRespondents: Int = 10,
        indicators: [any Indicator] = []
    ) {
        self.schoolYear = schoolYear
        self.language = language
        self.today = today
        self.minimumRespondents = minimumRespondents
        self.indicators = indicators
    }

    /// The school year before the one reported on.
    public var previousSchoolYear: SchoolYear { SchoolYear(validStartYear: schoolYear.startYear - 1) }
}
