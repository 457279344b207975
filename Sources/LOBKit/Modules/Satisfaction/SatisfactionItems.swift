/// `tevredenheid items [--thema]`: every item LOBKit knows and an import recognises.
struct SatisfactionItems: Command {
    static let spec = CommandSpec(
        "items", group: "tevredenheid",
        summary: Localized(
            nl: "Toont de items die een import herkent: de LOB-vragenlijst en de algemene items",
            en: "Lists the items an import recognises: the LOB questionnaire and the general items"),
        flags: [SatisfactionFlags.theme],
        examples: [
            Example("tevredenheid items", Localized(nl: "Alle items", en: "All items")),
            Example(
                "tevredenheid items --thema begeleiding",
                Localized(nl: "De items over begeleiding", en: "The items on guidance")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let theme = arguments.text("thema").flatMap(SatisfactionTheme.init(rawValue:))
        return .table(
            Table(
                columns: ["item", "thema", "vraag"],
                rows: SatisfactionItem.all.filter { theme == nil || $0.theme == theme }.map { item in
                    [.text(item.id), .text(item.theme.rawValue), .text(item.question.text(context.language))]
                }))
    }
}
