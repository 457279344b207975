/// What the agenda's commands show of one school year: each norm's current assessment, last year's,
/// and its indicators from the school's data.
struct AgendaOverview: Sendable {
    struct Line: Sendable {
        var norm: Norm
        var current: Assessment?
        var previous: Assessment?
        var indicators: [(name: Localized, value: IndicatorValue)]

        /// Unassessed counts as not started.
        var status: AssessmentStatus { current?.status ?? .notStarted }

        /// Evidence this year's assessment has and last year's had not.
        var newEvidence: Int { AgendaOverview.newEvidence(from: previous, to: current) }
    }

    let schoolYear: SchoolYear
    let previousYear: SchoolYear
    let lines: [Line]

    init(schoolYear: SchoolYear, context: CommandContext) throws(LOBError) {
        try self.init(
            schoolYear: schoolYear, store: context.store(), indicators: context.session.registry.indicators)
    }

    init(schoolYear: SchoolYear, store: StoreTransaction, indicators: [any Indicator]) throws(LOBError) {
        self.schoolYear = schoolYear
        previousYear = SchoolYear(validStartYear: schoolYear.startYear - 1)
        let current = try store.currentAssessments(schoolYear)
        let previous = try store.currentAssessments(previousYear)
        var lines: [Line] = []
        // An indicator that bears on more than one norm is measured once.
        var values: [Int: IndicatorValue] = [:]
        for norm in Norm.all {
            var measured: [(name: Localized, value: IndicatorValue)] = []
            for (index, indicator) in indicators.enumerated() where indicator.norms.contains(norm.id) {
                try store.checkInterruption()
                let value: IndicatorValue
                if let known = values[index] {
                    value = known
                } else {
                    value = try indicator.measure(in: store, schoolYear: schoolYear)
                    values[index] = value
                }
                measured.append((indicator.name, value))
            }
            lines.append(Line(norm: norm, current: current[norm.id], previous: previous[norm.id], indicators: measured))
        }
        self.lines = lines
    }

    /// The norms whose status or evidence changed since last year, in words:
    /// `A1 …: in ontwikkeling → gerealiseerd ↑ · 2 nieuwe bewijsstukken`.
    func changes(_ language: UILanguage) -> [String] {
        lines.compactMap { line -> String? in
            let movement = AgendaOverview.movement(line, language)
            let added = line.newEvidence
            guard movement != "=" && !movement.isEmpty || added > 0 else { return nil }
            var text =
                "\(line.norm.id) \(line.norm.title.text(language)): "
                + AgendaOverview.label(line.previous?.status, language) + " → "
                + AgendaOverview.label(line.current?.status, language)
            if movement != "=" { text += " " + movement }
            if added > 0 { text += " · " + Message(.agendaEvidenceAdded, String(added)).text(language) }
            return text
        }
    }

    static func newEvidence(from old: Assessment?, to new: Assessment?) -> Int {
        Set(new?.evidence ?? []).subtracting(old?.evidence ?? []).count
    }

    /// `2 van 3 gerealiseerd (67%)`
    static func share(_ lines: [Line], _ language: UILanguage) -> String {
        let realised = lines.filter { $0.status == .realised }.count
        let percent = lines.isEmpty ? 0 : Int((Double(realised) * 100 / Double(lines.count)).rounded())
        return Message(.agendaShare, String(realised), String(lines.count), String(percent)).text(language)
    }

    /// The indicators of a norm as one line each: `name: value ✓`, or "geen gegevens".
    static func indicatorTexts(_ line: Line, _ language: UILanguage) -> [String] {
        guard !line.indicators.isEmpty else { return [Message(.indicatorNone).text(language)] }
        return line.indicators.map { indicator in
            let name = indicator.name.text(language)
            switch indicator.value {
            case .noData:
                return name + ": " + Message(.indicatorNoData).text(language)
            case .value(let text, let inOrder):
                let mark = inOrder.map { $0 ? " ✓" : " ✗" } ?? ""
                return name + ": " + text.text(language) + mark
            }
        }
    }

    static func label(_ status: AssessmentStatus?, _ language: UILanguage) -> String {
        switch status {
        case nil: Localized(nl: "niet beoordeeld", en: "not assessed").text(language)
        case .notStarted: Localized(nl: "niet gestart", en: "not started").text(language)
        case .developing: Localized(nl: "in ontwikkeling", en: "developing").text(language)
        case .realised: Localized(nl: "gerealiseerd", en: "realised").text(language)
        }
    }

    /// How a status moved since last year: `↑`, `↓`, `=`, or `nieuw` when there was none.
    static func movement(_ line: Line, _ language: UILanguage) -> String {
        guard let before = line.previous?.status else {
            return line.current == nil ? "" : Localized(nl: "nieuw", en: "new").text(language)
        }
        let now = line.status
        return now > before ? "↑" : now < before ? "↓" : "="
    }
}

extension ReportRequest {
    /// The scan of the report's school year: the one the report measured, else measured now.
    func measuredAgendaOverview(_ store: StoreTransaction) throws(LOBError) -> AgendaOverview {
        if let agendaOverview, agendaOverview.schoolYear == schoolYear { return agendaOverview }
        return try AgendaOverview(schoolYear: schoolYear, store: store, indicators: indicators)
    }
}
