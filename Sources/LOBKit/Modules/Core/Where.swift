/// `waar KOLOM OP WAARDE [en|of …]` (alias `where`): keeps the rows that match.
struct Where: Command {
    static let spec = CommandSpec(
        "waar", aliases: ["where"],
        summary: Localized(
            nl: "Houdt de rijen over die aan een voorwaarde voldoen (= != < <= > >= ~ !~, en, of)",
            en: "Keeps the rows that meet a condition (= != < <= > >= ~ !~, and, or)"),
        positionals: [
            Positional(
                "voorwaarde", .text, .variadic(minimum: 3),
                help: Localized(
                    nl: "kolom operator waarde, verbonden met en/of; ~ betekent 'bevat'",
                    en: "column operator value, joined with en/of (and/or); ~ means 'contains'"))
        ],
        examples: [
            Example(
                "leerling lijst | waar schooltype = havo en leerjaar >= 4 | aantal",
                Localized(nl: "Havo-leerlingen in de bovenbouw", en: "Havo students in the upper years")),
            Example(
                "leerling lijst | waar achternaam ~ jans",
                Localized(nl: "Achternaam bevat 'jans'", en: "Surname contains 'jans'")),
            Example("leerling lijst | waar leerjaar > 5", Localized(nl: "Alleen vwo 6", en: "Only vwo 6")),
        ],
        usesStore: false, takesExpression: true
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        var table = try input.tableForFilter("waar", at: context.callSpan)
        let filter = try Filter(
            words: arguments.texts("voorwaarde"), spans: arguments.spans("voorwaarde"),
            columns: table, callSpan: context.callSpan)
        table.rows = table.rows.filter(filter.matches)
        return .table(table)
    }
}
