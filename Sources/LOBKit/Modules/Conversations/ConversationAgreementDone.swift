/// `gesprek afspraak-klaar ID [--datum]`: marks an afspraak done.
struct ConversationAgreementDone: Command {
    static let spec = CommandSpec(
        "afspraak-klaar", group: "gesprek", aliases: ["agreement-done"],
        summary: Localized(nl: "Zet een afspraak op klaar", en: "Marks an agreed action done"),
        positionals: [
            Positional(
                "id", .integer,
                help: Localized(
                    nl: "Het nummer van de afspraak (zie gesprek afspraken)",
                    en: "The agreed action's id (see gesprek afspraken)"))
        ],
        flags: [
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(nl: "Wanneer (standaard vandaag)", en: "When (default today)"))
        ],
        examples: [
            Example(
                "gesprek afspraak-klaar 1", Localized(nl: "Afspraak 1 is vandaag klaar", en: "Action 1 is done today"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let id = arguments.integer("id") ?? 0
        let date = arguments.date("datum") ?? context.today
        if date > context.today {
            throw LOBError.usage(.conversationDateInFuture, date.description, at: arguments.span("datum"))
        }
        guard try store.completeAgreement(id: Int64(id), on: date) else {
            throw LOBError(.failed, Message(.conversationUnknownAgreement, String(id)), at: arguments.span("id"))
        }
        return .text(Message(.conversationAgreementDone, String(id), date.description).text(context.language))
    }
}
