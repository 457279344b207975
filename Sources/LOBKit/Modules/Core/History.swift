/// `geschiedenis [N]` (alias `history`): the last N commands typed at the prompt.
struct History: Command {
    static let spec = CommandSpec(
        "geschiedenis", aliases: ["history"],
        summary: Localized(
            nl: "Toont de laatste opdrachten die aan de prompt zijn getypt",
            en: "Lists the last commands typed at the prompt"),
        positionals: [
            Positional(
                "aantal", .integer, .optional,
                help: Localized(nl: "Hoeveel (standaard 20)", en: "How many (default 20)"))
        ],
        examples: [Example("geschiedenis 10", Localized(nl: "De laatste tien", en: "The last ten"))],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let count = arguments.integer("aantal") ?? 20
        guard count >= 0 else {
            throw LOBError.usage(.expectedNonNegative, "aantal", String(count), at: arguments.span("aantal"))
        }
        let entries = context.session.historyFile?.entries() ?? []
        let first = max(0, entries.count - count)
        let rows = entries.enumerated().dropFirst(first).map { [Value.integer($0.offset + 1), .text($0.element)] }
        return .table(Table(columns: ["nr", Message(.columnCommand).text(context.language)], rows: rows))
    }
}
