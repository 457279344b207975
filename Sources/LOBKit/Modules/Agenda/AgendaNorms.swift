/// `agenda normen`: the eight norms with this year's status.
struct AgendaNorms: Command {
    static let spec = CommandSpec(
        "normen", group: "agenda", aliases: ["norms"],
        summary: Localized(
            nl: "Toont de acht normen met hun status in het schooljaar",
            en: "Lists the eight norms with their status in the school year"),
        flags: [SharedFlags.schoolYear],
        examples: [
            Example("agenda normen", Localized(nl: "Alle normen", en: "All norms")),
            Example(
                "agenda normen | waar status != gerealiseerd",
                Localized(nl: "Wat nog niet gerealiseerd is", en: "What is not realised yet")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let year = context.schoolYear(arguments)
        let current = try context.store().currentAssessments(year)
        let rows = Norm.all.map { norm -> [Value] in
            [
                .text(norm.id), .text(norm.pillar.rawValue), .text(norm.title.text(context.language)),
                current[norm.id].map { .text($0.status.rawValue) } ?? .nothing,
            ]
        }
        return .table(Table(columns: ["norm", "pijler", "titel", "status"], rows: rows))
    }
}
