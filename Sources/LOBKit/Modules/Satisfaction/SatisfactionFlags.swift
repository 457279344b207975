/// The flags the satisfaction commands share.
enum SatisfactionFlags {
    static let theme = Flag(
        "thema", aliases: ["theme"], .choice(SatisfactionTheme.names),
        help: Localized(
            nl: "Alleen items van dit thema: lob, begeleiding, informatie of algemeen",
            en: "Only items of this theme: lob, begeleiding (guidance), informatie (information) or algemeen (general)")
    )
    static let item = Flag(
        "item", .choice(SatisfactionItem.ids),
        help: Localized(nl: "Alleen dit item, zoals LOB05", en: "Only this item, such as LOB05"))
    static let minimum = Flag(
        "minimum", .integer,
        help: Localized(
            nl:
                "Groepen met minder respondenten worden niet getoond (standaard de minimale groepsgrootte van de school, "
                + "zie tevredenheid minimum; ten minste 5)",
            en: "Groups with fewer respondents are not shown (default the school's minimum group size, see "
                + "tevredenheid minimum; at least 5)"))
    static let chart = Flag.switch(
        "grafiek", aliases: ["chart"],
        help: Localized(
            nl: "Een staafdiagram in tekst in plaats van een tabel", en: "A text bar chart instead of a table"))

    /// `--minimum` when given (checked), else the school's own minimum.
    static func minimum(_ arguments: Arguments, in store: StoreTransaction) throws(LOBError) -> Int {
        guard let given = arguments.integer("minimum") else { return try store.satisfactionMinimum() }
        try SatisfactionMinimum.check(given, at: arguments.span("minimum"))
        return given
    }

    /// The results that `--thema` and `--item` leave.
    static func filter(_ results: [SatisfactionResult], _ arguments: Arguments) -> [SatisfactionResult] {
        let theme = arguments.text("thema").flatMap(SatisfactionTheme.init(rawValue:))
        let item = arguments.text("item").flatMap(SatisfactionItem.named)
        return results.filter { result in
            (theme.map { result.item?.theme == $0 } ?? true) && (item.map { result.itemID == $0.id } ?? true)
        }
    }
}
