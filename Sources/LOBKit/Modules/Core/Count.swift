/// `aantal` (alias `count`): the number of rows.
struct Count: Command {
    static let spec = CommandSpec(
        "aantal", aliases: ["count"],
        summary: Localized(nl: "Telt de rijen", en: "Counts the rows"),
        examples: [
            Example(
                "leerling lijst --leerjaar 3 | aantal",
                Localized(nl: "Leerlingen in leerjaar 3", en: "Students in year 3"))
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        .integer(try input.tableForFilter("aantal", at: context.callSpan).rows.count)
    }
}
