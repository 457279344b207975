import Foundation

/// `gesprek wijzig ID …`: changes a conversation's shared fields or adds afspraken; the fields as they
/// were are kept in the history (`gesprek geschiedenis`), the private note is replaced without a trace.
struct ConversationEdit: Command {
    static let spec = CommandSpec(
        "wijzig", group: "gesprek", aliases: ["edit"],
        summary: Localized(
            nl: "Wijzigt een gesprek of voegt afspraken toe; de vorige versie blijft in de geschiedenis",
            en: "Changes a conversation or adds agreed actions; the previous version stays in the history"),
        positionals: [
            Positional("id", .integer, help: Localized(nl: "Het nummer van het gesprek", en: "The conversation's id"))
        ],
        flags: [
            ConversationFlags.report,
            ConversationFlags.kind,
            Flag(
                "onderwerp", aliases: ["topic"], .text, repeatable: true,
                help: Localized(
                    nl: "De onderwerpen (vervangen de vorige)", en: "The topics (they replace the previous ones)")),
            Flag(
                "afspraak", aliases: ["agreement"], .text, repeatable: true,
                help: Localized(
                    nl: "Een nieuwe afspraak; een --door en --voor erna horen erbij",
                    en: "A new agreed action; a --door and --voor after it belong to it")),
            ConversationFlags.agreementBy,
            ConversationFlags.agreementDue,
            Flag(
                "werkaantekening", aliases: ["private-note"], .text,
                help: Localized(
                    nl: "Vervangt de vertrouwelijke werkaantekening (leeg: weg); niet in de geschiedenis",
                    en: "Replaces the confidential working note (empty: removed); not kept in the history")),
        ],
        examples: [
            Example(
                "gesprek wijzig 1 --verslag \"Na overleg met thuis toch gekozen voor NG.\"",
                Localized(nl: "Het verslag aanvullen", en: "Completing the report")),
            Example(
                "gesprek wijzig 1 --afspraak \"Mail sturen naar de decaan\" --door mentor --voor 2026-12-10",
                Localized(nl: "Een afspraak erbij", en: "One more agreed action")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let id = arguments.integer("id") ?? 0
        _ = try ConversationFlags.conversation(id, in: store, at: arguments.span("id"))
        var change = ConversationChange(
            kind: arguments.text("soort").flatMap(ConversationKind.init(rawValue:)),
            report: arguments.text("verslag"), newAgreements: try ConversationFlags.agreements(arguments),
            privateNote: arguments.text("werkaantekening").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        if arguments.isSet("onderwerp") {
            change.topics = arguments.texts("onderwerp").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
        guard !change.fields.isEmpty else {
            throw LOBError.usage(.conversationNothingToChange, at: arguments.callSpan)
        }
        _ = try store.changeConversation(
            id: Int64(id), change, by: ConversationFlags.recorder(context), on: context.today)
        return .text(
            Message(.conversationChanged, String(id), change.fields.joined(separator: ", ")).text(context.language))
    }
}
