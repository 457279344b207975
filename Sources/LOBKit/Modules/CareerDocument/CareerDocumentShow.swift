/// `dossier toon NUMMER`: a student's whole LOB journey in order, as text.
struct CareerDocumentShow: Command {
    static let spec = CommandSpec(
        "toon", group: "dossier", aliases: ["show"],
        summary: Localized(
            nl:
                "Toont het loopbaandossier van een leerling: activiteiten met reflecties, gesprekken met afspraken, items en de inspanningsverplichting, op volgorde (alleen wat met de leerling gedeeld is)",
            en:
                "Shows a student's career document: activities with reflections, conversations with agreed actions, items and the inspanningsverplichting, in order (only what is shared with the student)"
        ),
        positionals: [
            Positional("nummer", .studentNumber, help: Localized(nl: "Het leerlingnummer", en: "The student number"))
        ],
        examples: [
            Example("dossier toon 1042", Localized(nl: "Het dossier van leerling 1042", en: "Student 1042's document")),
            Example(
                "dossier toon 1521",
                Localized(
                    nl: "Een havo 5-leerling met activiteiten, reflecties en een item",
                    en: "A havo 5 student with activities, reflections and an item")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let student = try ParticipationLookup(store).checkedStudent(
            arguments.text("nummer") ?? "", at: arguments.span("nummer"))
        let document = try CareerDocument(student: student, in: store, today: context.today)
        return .text(document.document(context.language).text(language: context.language))
    }
}
