/// `uniek [KOLOM…]` (alias `unique`): drops repeated rows (or rows repeating the named columns).
struct Unique: Command {
    static let spec = CommandSpec(
        "uniek", aliases: ["unique", "distinct"],
        summary: Localized(
            nl: "Laat dubbele rijen weg; met kolommen: de unieke waarden daarvan",
            en: "Drops repeated rows; with columns: their distinct values"),
        positionals: [
            Positional(
                "kolom", .text, .variadic(minimum: 0),
                help: Localized(nl: "Alleen deze kolommen", en: "Only these columns"))
        ],
        examples: [
            Example("leerling lijst | uniek mentor | sorteer mentor", Localized(nl: "Alle mentoren", en: "All mentors"))
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        var table = try input.tableForFilter("uniek", at: context.callSpan)
        let names = arguments.texts("kolom")
        if !names.isEmpty {
            let indices = try table.columnIndices(names, spans: arguments.spans("kolom"))
            table = Table(
                columns: indices.map { table.columns[$0] },
                rows: table.rows(projectedOnto: indices))
        }
        var seen = Set<[Value]>()
        table.rows = table.rows.filter { seen.insert($0).inserted }
        return .table(table)
    }
}
