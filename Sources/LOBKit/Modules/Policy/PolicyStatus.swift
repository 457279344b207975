/// `beleid status [--schooljaar]`: what norms B1–B3 ask, point by point, and whether it is in order.
struct PolicyStatus: Command {
    static let spec = CommandSpec(
        "status", group: "beleid",
        summary: Localized(
            nl: "Toont per punt van de normen B1 tot en met B3 of het in orde is",
            en: "Shows for each point of norms B1 to B3 whether it is in order"),
        flags: [SharedFlags.schoolYear],
        examples: [
            Example("beleid status", Localized(nl: "De stand van dit schooljaar", en: "This school year's state")),
            Example(
                "beleid status | waar in-orde = nee",
                Localized(nl: "Alleen wat nog moet gebeuren", en: "Only what is still to be done")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let checklist = try PolicyChecklist(
            store: context.store(), schoolYear: context.schoolYear(arguments))
        let rows = checklist.items.map { item -> [Value] in
            [
                .text(item.norm), .text(item.point.message.text(context.language)), .yesNo(item.inOrder),
                .text(item.explanation.text(context.language)),
            ]
        }
        return .table(Table(columns: ["norm", "punt", "in-orde", "toelichting"], rows: rows))
    }
}
