/// `verplichting lijst [--schooltype T…] [--leerjaar N…]`: the rules, by school type and leerjaar.
struct ObligationList: Command {
    static let spec = CommandSpec(
        "lijst", group: "verplichting", aliases: ["list"],
        summary: Localized(
            nl: "Toont de regels van de inspanningsverplichting per schooltype en leerjaar",
            en: "Lists the rules of the inspanningsverplichting per school type and leerjaar"),
        flags: [
            ObligationFlags.schoolType(
                Localized(
                    nl: "Alleen dit schooltype (vmbo staat voor alle vier de leerwegen)",
                    en: "Only this school type (vmbo stands for all four learning paths)")),
            ObligationFlags.year(
                Localized(nl: "Alleen dit leerjaar", en: "Only this leerjaar"),
                repeatable: true),
        ],
        examples: [
            Example("verplichting lijst", Localized(nl: "Alle regels", en: "Every rule")),
            Example(
                "verplichting lijst --schooltype havo --leerjaar 5",
                Localized(nl: "De regels voor havo 5", en: "The rules for havo 5")),
        ]
    )

    /// Column names are the same in both languages, so that scripts work in both.
    static let columns = ["id", "schooltype", "leerjaar", "regel", "omschrijving"]

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let rules = try context.store().obligationRules(
            schoolTypes: ObligationFlags.schoolTypes(arguments), years: ObligationFlags.years(arguments))
        let rows = rules.map { rule -> [Value] in
            [
                .integer(Int(rule.id)), .text(rule.schoolType.rawValue), .integer(rule.year),
                .text(rule.requirement.words(context.language)), .optionalText(rule.description),
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }
}
