/// `team scholingen [NAAM]`: the trainings recorded, of one member or of the whole team, by date.
struct StaffTrainingList: Command {
    static let spec = CommandSpec(
        "scholingen", group: "team", aliases: ["trainings"],
        summary: Localized(
            nl: "Toont de vastgelegde scholingen, van één teamlid of van het hele team",
            en: "Lists the trainings recorded, of one team member or of the whole team"),
        positionals: [
            Positional(
                "naam", .text, .optional,
                help: Localized(nl: "Alleen van dit teamlid", en: "Only this team member's"))
        ],
        examples: [
            Example("team scholingen", Localized(nl: "Alle scholingen", en: "Every training")),
            Example(
                "team scholingen \"M. Jansen\"",
                Localized(nl: "De scholingen van de decaan", en: "The decaan's trainings")),
            Example(
                "team scholingen | waar onderwerpen ~ loopbaangesprekken | aantal",
                Localized(nl: "Hoeveel over loopbaangesprekken gingen", en: "How many were about career conversations")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        var memberID: Int64?
        if arguments.isSet("naam") {
            memberID =
                try StaffLookup.member(named: try StaffLookup.name(arguments), in: store, at: arguments.span("naam")).id
        }
        let rows = try store.trainings(memberID: memberID).map { training -> [Value] in
            [
                .text(training.memberName), .date(training.date), .text(training.title),
                .optionalText(training.provider), .decimal(training.hours),
                .text(training.subjects.map(\.rawValue).joined(separator: ", ")),
            ]
        }
        return .table(
            Table(columns: ["naam", "datum", "titel", "aanbieder", "uren", "onderwerpen"], rows: rows))
    }
}
