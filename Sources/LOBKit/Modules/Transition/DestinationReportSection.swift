/// The report's section on doorstroom: the destinations of the latest cohort against earlier ones, from the
/// school's own records and from DUO's (whose totals are ranges where DUO published `<5`).
struct DestinationReportSection: ReportSection {
    let id = "doorstroom.bestemming"
    let order = 40
    let title = Localized(nl: "Doorstroom", en: "Transition")

    /// At most this many cohorts side by side.
    static let cohortsShown = 3

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        // The cohort that sat the exam in the school year reported on, and earlier ones.
        let latest = request.schoolYear.startYear + 1
        var blocks: [Document.Block] = []
        for source in TransitionSource.destinationSources {
            // The newest cohorts up to the year's with figures, each counted per destination in the store.
            var entries: [TransitionFigures.Entry] = []
            var cohorts: [Int] = []
            for cohort in try TransitionFigures.cohorts(source, in: store).reversed()
            where cohort <= latest && cohorts.count < Self.cohortsShown {
                let one = try TransitionFigures.load(source, cohorts: [cohort], by: [.destination], from: store)
                guard !one.entries.isEmpty else { continue }
                cohorts.insert(cohort, at: 0)
                entries = one.entries + entries
            }
            let figures = TransitionFigures(source: source, entries: entries)
            guard let newest = cohorts.last else { continue }
            let key: MessageKey = source == .school ? .transitionReportOwn : .transitionReportDUO
            blocks.append(.paragraph(Message(key, String(newest)).text(language)))
            blocks.append(.table(TransitionTables.destinationsByCohort(figures, cohorts: cohorts, language: language)))
            // One chart: of the school's own records, or of DUO's when the school has none.
            if !blocks.contains(where: { if case .chart = $0 { true } else { false } }) {
                let title = Message(.transitionChartOverview, String(newest), "bestemming", source.rawValue)
                    .text(language)
                blocks.append(
                    .chart(
                        TransitionTables.overviewChart(
                            figures.only(cohort: newest), per: .destination, title: title, language: language)))
            }
        }
        if blocks.isEmpty {
            return [.paragraph(Message(.transitionReportNoData, String(latest)).text(language))]
        }
        return blocks
    }
}
