/// `doorstroom overzicht`: where one cohort went, counted and as shares, per group.
struct TransitionOverview: Command {
    static let spec = CommandSpec(
        "overzicht", group: "doorstroom", aliases: ["overview"],
        summary: Localized(
            nl: "Aantallen en aandelen van één cohort per bestemming, schooltype, profiel of instelling",
            en: "Counts and shares of one cohort per destination, school type, profile or institution"),
        flags: [
            TransitionFlags.cohort, TransitionFlags.per(default: .destination), TransitionFlags.source,
            TransitionFlags.chart,
        ],
        examples: [
            Example(
                "doorstroom overzicht --per bestemming",
                Localized(nl: "Waar het laatste cohort heen ging", en: "Where the latest cohort went")),
            Example(
                "doorstroom overzicht --cohort 2025 --per profiel",
                Localized(nl: "Cohort 2025 per profiel", en: "Cohort 2025 per profile")),
            Example(
                "doorstroom overzicht --bron duo --per bestemming --grafiek",
                Localized(
                    nl: "DUO's cijfers als staafgrafiek; <5 maakt een bereik",
                    en: "DUO's figures as a bar chart; <5 makes a range")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let grouping = TransitionFlags.grouping(arguments, default: .destination)
        let source = try TransitionFlags.source(
            arguments, cohort: arguments.integer("cohort"), store: store, context: context)
        try TransitionFlags.checkGrouping(grouping, source: source, arguments: arguments)
        let cohort = try TransitionFlags.cohort(arguments, source: source, store: store, context: context)
        let figures = try TransitionFigures.load(source, cohorts: [cohort], by: [grouping.column], from: store)
        if arguments.isSet("grafiek") {
            let title = Message(.transitionChartOverview, String(cohort), grouping.rawValue, source.rawValue)
                .text(context.language)
            return .text(
                TransitionTables.overviewChart(figures, per: grouping, title: title, language: context.language).text())
        }
        return .table(TransitionTables.overview(figures, per: grouping, language: context.language))
    }
}
