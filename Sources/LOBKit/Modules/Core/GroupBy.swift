/// `groepeer KOLOM…` (alias `group`): one row per distinct value, with the number of rows.
struct GroupBy: Command {
    static let spec = CommandSpec(
        "groepeer", aliases: ["group"],
        summary: Localized(
            nl: "Groepeert op een of meer kolommen en telt per groep",
            en: "Groups by one or more columns and counts per group"),
        positionals: [
            Positional(
                "kolom", .text, .variadic(minimum: 1),
                help: Localized(nl: "De kolommen om op te groeperen", en: "The columns to group by"))
        ],
        examples: [
            Example(
                "leerling lijst | groepeer schooltype",
                Localized(nl: "Leerlingen per schooltype", en: "Students per school type")),
            Example(
                "leerling lijst | groepeer schooltype leerjaar",
                Localized(nl: "Per schooltype en leerjaar", en: "Per school type and year")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let table = try input.tableForFilter("groepeer", at: context.callSpan)
        let keys = try table.columnIndices(arguments.texts("kolom"), spans: arguments.spans("kolom"))
        var counts: [[Value]: Int] = [:]
        var order: [[Value]] = []
        for key in table.rows(projectedOnto: keys) {
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        order.sort { Value.order($0, $1) == .orderedAscending }
        let countColumn = Message(.columnCount).text(context.language)
        return .table(
            Table(
                columns: keys.map { table.columns[$0] } + [countColumn],
                rows: order.map { $0 + [.integer(counts[$0] ?? 0)] }))
    }
}
