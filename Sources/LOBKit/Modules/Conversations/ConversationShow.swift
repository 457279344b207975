/// `gesprek toon ID [--inclusief-vertrouwelijk]`: one conversation with its verslag and afspraken.
///
/// The private working note never leaves the database: it is not part of `Conversation`, and this command
/// shows it only on request, only when its text goes straight to a terminal (the last stage of the
/// pipeline, not redirected, lobsh's output a terminal), and then only as text for the screen, never as a
/// record that a later stage, `naar` or a file could take apart.
struct ConversationShow: Command {
    static let spec = CommandSpec(
        "toon", group: "gesprek", aliases: ["show"],
        summary: Localized(
            nl: "Toont één gesprek met verslag en afspraken",
            en: "Shows one conversation with its report and agreed actions"),
        positionals: [
            Positional("id", .integer, help: Localized(nl: "Het nummer van het gesprek", en: "The conversation's id"))
        ],
        flags: [
            Flag.switch(
                "inclusief-vertrouwelijk", aliases: ["include-confidential"],
                help: Localized(
                    nl: "Toont ook de vertrouwelijke werkaantekening; alleen op het scherm, nooit in een pijplijn "
                        + "of bestand",
                    en: "Also shows the confidential working note; on the screen only, never in a pipeline or file"))
        ],
        examples: [
            Example("gesprek toon 1", Localized(nl: "Gesprek 1 in zijn geheel", en: "Conversation 1 in full")),
            Example(
                "gesprek toon 1 | naar json",
                Localized(
                    nl: "Als JSON (zonder werkaantekening)", en: "As JSON (without the working note)")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let includeNote = arguments.isSet("inclusief-vertrouwelijk")
        if includeNote, !context.resultGoesToTerminalOnly {
            throw LOBError.usage(.conversationConfidentialNotTerminal, at: arguments.span("inclusief-vertrouwelijk"))
        }
        let store = try context.store()
        let conversation = try ConversationFlags.conversation(
            arguments.integer("id") ?? 0, in: store, at: arguments.span("id"))
        let student = try store.student(number: conversation.studentNumber)
        let record = ConversationShow.record(conversation, student: student)
        guard includeNote else { return .record(record) }
        let note = try store.privateNote(conversationID: conversation.id) ?? ""
        let shown = Renderer(language: context.language, colour: false).render(.record(record), as: .table)
        let label = Message(.conversationPrivateNoteLabel).text(context.language)
        let noteText = note.isEmpty ? Message(.conversationNoPrivateNote).text(context.language) : note
        return .text(shown.trimmingTrailingNewlines + "\n\n" + label + "\n" + noteText)
    }

    static func record(_ conversation: Conversation, student: Student?) -> Record {
        let agreements = conversation.agreements.map { agreement in
            var line = "#\(agreement.id) \(agreement.what) (\(agreement.by)"
            if let due = agreement.due { line += ", voor \(due.description)" }
            line += agreement.done.map { ", klaar \($0.description))" } ?? ", open)"
            return line
        }
        return Record([
            .init("id", .integer(Int(conversation.id))),
            .init("datum", .date(conversation.date)),
            .init("leerlingnummer", .text(conversation.studentNumber)),
            .init("naam", .optionalText(student?.fullName ?? "")),
            .init("klas", .optionalText(student?.className ?? "")),
            .init("soort", .text(conversation.kind.rawValue)),
            .init("met", .optionalText(ConversationFlags.describe(conversation.participants))),
            .init("onderwerpen", .optionalText(conversation.topics.joined(separator: ", "))),
            .init("competenties", .optionalText(conversation.competencies.map(\.rawValue).joined(separator: ", "))),
            .init("deelnames", .optionalText(conversation.linkedActivities.joined(separator: ", "))),
            .init("verslag", .optionalText(conversation.report)),
            .init("afspraken", .optionalText(agreements.joined(separator: "; "))),
            .init("vastgelegd-door", .optionalText(conversation.recordedBy)),
        ])
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
