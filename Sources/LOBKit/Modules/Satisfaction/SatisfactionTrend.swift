/// `tevredenheid trend [--thema] [--item] [--minimum] [--grafiek]`: the mean per school year, with its number of
/// respondents, so that a change shows.
struct SatisfactionTrend: Command {
    static let spec = CommandSpec(
        "trend", group: "tevredenheid",
        summary: Localized(
            nl: "Toont de gemiddelde tevredenheid (1–5) per schooljaar, met het aantal respondenten",
            en: "Shows the mean satisfaction (1–5) per school year, with the number of respondents"),
        flags: [SatisfactionFlags.theme, SatisfactionFlags.item, SatisfactionFlags.minimum, SatisfactionFlags.chart],
        examples: [
            Example(
                "tevredenheid trend --thema lob",
                Localized(nl: "De LOB-tevredenheid door de jaren", en: "LOB satisfaction over the years")),
            Example(
                "tevredenheid trend --item LOB05 --grafiek",
                Localized(
                    nl: "Hoe leerlingen de loopbaangesprekken met hun mentor waarderen, als staafdiagram",
                    en: "How students rate the career conversations with their mentor, as a bar chart")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let minimum = try SatisfactionFlags.minimum(arguments, in: store)
        let results = SatisfactionFlags.filter(try store.satisfactionResults(), arguments)
        if results.isEmpty { context.notice(Message(.satisfactionNoResultsAtAll)) }
        let byYear = Dictionary(grouping: results, by: \.schoolYear)
        let years = byYear.keys.sorted()
        let language = context.language
        if arguments.isSet("grafiek") {
            let chart = BarChart(
                title: Message(.satisfactionTrendChartTitle).text(language),
                bars: years.map { year in
                    SatisfactionPool(byYear[year] ?? []).bar(year.description, minimum: minimum, language: language)
                }, maximum: 5)
            return .text(chart.text())
        }
        return .table(
            Table(
                columns: ["schooljaar"] + SatisfactionPool.columns,
                rows: years.map { year in
                    [.schoolYear(year)]
                        + SatisfactionPool(byYear[year] ?? []).cells(minimum: minimum, language: language)
                }))
    }
}
