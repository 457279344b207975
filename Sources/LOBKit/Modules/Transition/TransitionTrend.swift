/// `doorstroom trend`: the overview (and, for the school's own records, success after one year) over cohorts.
struct TransitionTrend: Command {
    static let spec = CommandSpec(
        "trend", group: "doorstroom",
        summary: Localized(
            nl: "Bestemmingen en succes na een jaar over de cohorten heen, per groep",
            en: "Destinations and success after one year across cohorts, per group"),
        flags: [TransitionFlags.per(default: .schoolType), TransitionFlags.source, TransitionFlags.chart],
        examples: [
            Example(
                "doorstroom trend --per schooltype",
                Localized(nl: "Per cohort en schooltype", en: "Per cohort and school type")),
            Example(
                "doorstroom trend --per bestemming --bron duo --grafiek",
                Localized(
                    nl: "DUO's bestemmingen per cohort als staafgrafiek",
                    en: "DUO's destinations per cohort as a bar chart")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let grouping = TransitionFlags.grouping(arguments, default: .schoolType)
        let source = try TransitionFlags.source(arguments, cohort: nil, store: store, context: context)
        try TransitionFlags.checkGrouping(grouping, source: source, arguments: arguments)
        let figures = try TransitionFigures.load(
            source, cohorts: TransitionFigures.cohorts(source, in: store), by: [grouping.column, .status], from: store)
        guard !figures.entries.isEmpty else {
            throw LOBError(.failed, Message(.transitionNoSourceData, source.rawValue), at: context.callSpan)
        }
        if arguments.isSet("grafiek") {
            let title = Message(.transitionChartTrend, grouping.rawValue, source.rawValue).text(context.language)
            return .text(
                TransitionTables.trendChart(figures, per: grouping, title: title, language: context.language).text())
        }
        return .table(TransitionTables.trend(figures, per: grouping, language: context.language))
    }
}
