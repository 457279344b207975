/// `sorteer KOLOM… [--aflopend]` (alias `sort`): orders the rows.
struct Sort: Command {
    static let spec = CommandSpec(
        "sorteer", aliases: ["sort"],
        summary: Localized(
            nl: "Sorteert de rijen op een of meer kolommen", en: "Sorts the rows by one or more columns"),
        positionals: [
            Positional(
                "kolom", .text, .variadic(minimum: 1),
                help: Localized(nl: "De kolommen, belangrijkste eerst", en: "The columns, most significant first"))
        ],
        flags: [
            .switch(
                "aflopend", aliases: ["descending"], help: Localized(nl: "Van groot naar klein", en: "Largest first"))
        ],
        examples: [
            Example("leerling lijst | sorteer achternaam roepnaam | eerste 5", Localized(nl: "Op naam", en: "By name")),
            Example(
                "leerling lijst | groepeer klas | sorteer aantal --aflopend",
                Localized(nl: "Grootste klassen eerst", en: "Largest classes first")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        var table = try input.tableForFilter("sorteer", at: context.callSpan)
        let keys = try table.columnIndices(arguments.texts("kolom"), spans: arguments.spans("kolom"))
        let descending = arguments.isSet("aflopend")
        // Sorted with the original position last, so that equal rows keep their order (Swift's sort
        // is not guaranteed stable).
        let sortKeys = table.rows(projectedOnto: keys)
        let order = table.rows.indices.sorted { left, right in
            let order = Value.order(sortKeys[left], sortKeys[right])
            if order == .orderedSame { return left < right }
            return descending ? order == .orderedDescending : order == .orderedAscending
        }
        table.rows = order.map { table.rows[$0] }
        return .table(table)
    }
}

extension Table {
    /// The indices of named columns, with a did-you-mean for a name that is not there.
    func columnIndices(_ names: [String], spans: [SourceSpan]) throws(LOBError) -> [Int] {
        var indices: [Int] = []
        for (name, span) in zip(names, spans) {
            guard let index = columnIndex(name) else {
                if let suggestion = Suggestion.closest(to: name, in: columns) {
                    throw LOBError.usage(.unknownColumnSuggest, name, suggestion, at: span)
                }
                throw LOBError.usage(.unknownColumn, name, columns.joined(separator: ", "), at: span)
            }
            indices.append(index)
        }
        return indices
    }
}
