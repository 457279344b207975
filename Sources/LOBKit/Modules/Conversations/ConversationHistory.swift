/// `gesprek geschiedenis ID`: the versions of a conversation's shared fields, oldest first, the current one
/// last. The private note has no history.
struct ConversationHistory: Command {
    static let columns = ["versie", "geldig-tot", "gewijzigd-door", "gewijzigd", "soort", "onderwerpen", "verslag"]

    static let spec = CommandSpec(
        "geschiedenis", group: "gesprek", aliases: ["history"],
        summary: Localized(
            nl: "Toont de eerdere versies van een gesprek: wat er wanneer en door wie is gewijzigd",
            en: "Lists a conversation's earlier versions: what was changed, when and by whom"),
        positionals: [
            Positional("id", .integer, help: Localized(nl: "Het nummer van het gesprek", en: "The conversation's id"))
        ],
        examples: [
            Example(
                "gesprek geschiedenis 1", Localized(nl: "De versies van gesprek 1", en: "Conversation 1's versions"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let conversation = try ConversationFlags.conversation(
            arguments.integer("id") ?? 0, in: store, at: arguments.span("id"))
        let revisions = try store.conversationHistory(id: conversation.id)
        var rows = revisions.enumerated().map { index, revision -> [Value] in
            [
                .integer(index + 1), .date(revision.changedOn), .optionalText(revision.changedBy),
                .optionalText(revision.changedFields.joined(separator: ", ")), .text(revision.kind.rawValue),
                .optionalText(revision.topics.joined(separator: ", ")), .optionalText(revision.report),
            ]
        }
        rows.append([
            .integer(revisions.count + 1), .nothing, .nothing, .nothing, .text(conversation.kind.rawValue),
            .optionalText(conversation.topics.joined(separator: ", ")), .optionalText(conversation.report),
        ])
        return .table(Table(columns: Self.columns, rows: rows))
    }
}
