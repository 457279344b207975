/// `kolommen KOLOM…` (alias `columns`): keeps the named columns, in that order.
struct Columns: Command {
    static let spec = CommandSpec(
        "kolommen", aliases: ["columns", "select"],
        summary: Localized(
            nl: "Houdt alleen de genoemde kolommen over, in die volgorde",
            en: "Keeps only the named columns, in that order"),
        positionals: [
            Positional("kolom", .text, .variadic(minimum: 1), help: Localized(nl: "De kolommen", en: "The columns"))
        ],
        examples: [
            Example(
                "leerling lijst | kolommen leerlingnummer achternaam klas | eerste 3",
                Localized(nl: "Nummer, naam en klas", en: "Number, name and class"))
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let table = try input.tableForFilter("kolommen", at: context.callSpan)
        let indices = try table.columnIndices(arguments.texts("kolom"), spans: arguments.spans("kolom"))
        return .table(
            Table(
                columns: indices.map { table.columns[$0] },
                rows: table.rows(projectedOnto: indices)))
    }
}
