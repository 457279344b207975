/// `tevredenheid overzicht [--schooljaar] [--thema] [--item] [--per] [--minimum] [--grafiek]`: the means of one
/// school year per item, school type, leerjaar or group; groups below the minimum are withheld, with the reason.
struct SatisfactionOverview: Command {
    /// What the rows of the overview are.
    enum Dimension: String, CaseIterable {
        case item
        case schoolType = "schooltype"
        case year = "leerjaar"
        /// School type and leerjaar together, as the results were delivered.
        case group = "groep"
    }

    static let spec = CommandSpec(
        "overzicht", group: "tevredenheid", aliases: ["overview"],
        summary: Localized(
            nl: "Toont de gemiddelde tevredenheid (1–5) van een schooljaar per item, schooltype, leerjaar of groep; "
                + "groepen met te weinig respondenten worden niet getoond",
            en: "Shows the mean satisfaction (1–5) of a school year per item, school type, leerjaar or group; groups "
                + "with too few respondents are not shown"),
        flags: [
            SharedFlags.schoolYear, SatisfactionFlags.theme, SatisfactionFlags.item,
            Flag(
                "per", .choice(Dimension.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "Een rij per item (standaard), schooltype, leerjaar of groep (schooltype en leerjaar)",
                    en: "A row per item (default), school type, leerjaar or group (school type and leerjaar)")),
            SatisfactionFlags.minimum, SatisfactionFlags.chart,
        ],
        examples: [
            Example(
                "tevredenheid overzicht --thema lob",
                Localized(nl: "De LOB-items van dit schooljaar", en: "This school year's LOB items")),
            Example(
                "tevredenheid overzicht --per groep --minimum 15",
                Localized(
                    nl: "Per schooltype en leerjaar, alleen groepen van ten minste 15",
                    en: "Per school type and leerjaar, only groups of at least 15")),
            Example(
                "tevredenheid overzicht --per schooltype --grafiek",
                Localized(nl: "Een staafdiagram per schooltype", en: "A bar chart per school type")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let schoolYear = context.schoolYear(arguments)
        let minimum = try SatisfactionFlags.minimum(arguments, in: store)
        let dimension = arguments.text("per").flatMap(Dimension.init(rawValue:)) ?? .item
        let results = SatisfactionFlags.filter(try store.satisfactionResults(schoolYear: schoolYear), arguments)
        if results.isEmpty {
            context.notice(Message(.satisfactionNoResults, schoolYear.description))
        }
        let language = context.language
        let rows = SatisfactionOverview.rows(results, by: dimension, language: language)
        if arguments.isSet("grafiek") {
            let chart = BarChart(
                title: Message(.satisfactionChartTitle, schoolYear.description).text(language),
                bars: rows.map { $0.pool.bar($0.label, minimum: minimum, language: language) }, maximum: 5)
            return .text(chart.text())
        }
        let labelColumns: [String]
        switch dimension {
        case .item: labelColumns = ["item", "thema", "vraag"]
        case .schoolType: labelColumns = ["schooltype"]
        case .year: labelColumns = ["leerjaar"]
        case .group: labelColumns = ["groep"]
        }
        return .table(
            Table(
                columns: labelColumns + SatisfactionPool.columns,
                rows: rows.map { $0.cells + $0.pool.cells(minimum: minimum, language: language) }))
    }

    /// A row of the overview: its label (for the chart), its label cells, and the pooled results.
    struct Row {
        var label: String
        var cells: [Value]
        var pool: SatisfactionPool
    }

    /// The results pooled per `dimension`, in item, school type or leerjaar order; "all together" last.
    static func rows(_ results: [SatisfactionResult], by dimension: Dimension, language: UILanguage) -> [Row] {
        switch dimension {
        case .item:
            let byItem = Dictionary(grouping: results, by: \.itemID)
            return SatisfactionItem.all.compactMap { item in
                guard let pooled = byItem[item.id] else { return nil }
                return Row(
                    label: item.id,
                    cells: [.text(item.id), .text(item.theme.rawValue), .text(item.question.text(language))],
                    pool: SatisfactionPool(pooled))
            }
        case .schoolType:
            let byType = Dictionary(grouping: results, by: \.group.schoolType)
            return byType.keys.sorted(by: SatisfactionOverview.allLast).compactMap { type in
                let label = type?.rawValue ?? Message(.satisfactionAllSchoolTypes).text(language)
                return Row(label: label, cells: [.text(label)], pool: SatisfactionPool(byType[type] ?? []))
            }
        case .year:
            let byYear = Dictionary(grouping: results, by: \.group.year)
            return byYear.keys.sorted(by: SatisfactionOverview.allLast).compactMap { year in
                let label = year.map(String.init) ?? Message(.satisfactionAllYears).text(language)
                return Row(
                    label: label, cells: [year.map(Value.integer) ?? .text(label)],
                    pool: SatisfactionPool(byYear[year] ?? []))
            }
        case .group:
            let byGroup = Dictionary(grouping: results, by: \.group)
            return byGroup.keys.sorted().map { group in
                let label = group.label(language)
                return Row(label: label, cells: [.text(label)], pool: SatisfactionPool(byGroup[group] ?? []))
            }
        }
    }

    private static func allLast<T: Comparable>(_ left: T?, _ right: T?) -> Bool {
        switch (left, right) {
        case (let left?, let right?): left < right
        case (.some, nil): true
        default: false
        }
    }
}
