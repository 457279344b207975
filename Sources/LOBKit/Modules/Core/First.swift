/// `eerste N` (alias `first`): keeps the first N rows.
struct First: Command {
    static let spec = CommandSpec(
        "eerste", aliases: ["first", "head"],
        summary: Localized(nl: "Houdt de eerste N rijen over", en: "Keeps the first N rows"),
        positionals: [Positional("aantal", .integer, help: Localized(nl: "Hoeveel rijen", en: "How many rows"))],
        examples: [Example("leerling lijst | eerste 10", Localized(nl: "De eerste tien", en: "The first ten"))],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        var table = try input.tableForFilter("eerste", at: context.callSpan)
        let count = arguments.integer("aantal") ?? 0
        guard count >= 0 else {
            throw LOBError.usage(.expectedNonNegative, "aantal", String(count), at: arguments.span("aantal"))
        }
        table.rows = Array(table.rows.prefix(count))
        return .table(table)
    }
}
