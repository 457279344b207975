/// `beleid gebeurtenissen [--schooljaar]`: the events of a school year, by date.
struct PolicyEventList: Command {
    static let spec = CommandSpec(
        "gebeurtenissen", group: "beleid", aliases: ["events"],
        summary: Localized(
            nl: "Toont de vastgelegde gebeurtenissen van een schooljaar, op datum",
            en: "Lists a school year's recorded events, by date"),
        flags: [SharedFlags.schoolYear],
        examples: [
            Example("beleid gebeurtenissen", Localized(nl: "Dit schooljaar", en: "This school year")),
            Example(
                "beleid gebeurtenissen --schooljaar 2025-2026 | waar soort ~ gepubliceerd",
                Localized(nl: "De publicaties van 2025-2026", en: "The publications of 2025-2026")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let events = try context.store().policyEvents(in: context.schoolYear(arguments))
        let rows = events.map { event -> [Value] in
            [.date(event.date), .text(event.kind.rawValue), .optionalText(event.reference)]
        }
        return .table(Table(columns: ["datum", "soort", "verwijzing"], rows: rows))
    }
}
