/// `gesprek afspraken`: the afspraken made in conversations, open, overdue or all.
struct ConversationAgreements: Command {
    static let columns = ["id", "gesprek", "datum", "leerlingnummer", "naam", "wat", "door", "voor", "klaar"]

    static let spec = CommandSpec(
        "afspraken", group: "gesprek", aliases: ["agreements"],
        summary: Localized(
            nl: "Toont de afspraken uit gesprekken: open, verlopen of alle",
            en: "Lists the agreed actions from conversations: open, overdue or all"),
        flags: [
            Flag.switch(
                "open", help: Localized(nl: "Alleen afspraken die nog niet klaar zijn", en: "Only unfinished ones")),
            Flag.switch(
                "verlopen", aliases: ["overdue"],
                help: Localized(
                    nl: "Alleen open afspraken waarvan de datum voorbij is", en: "Only open ones past their due date")),
            ConversationFlags.student, ConversationFlags.mentor,
        ],
        examples: [
            Example(
                "gesprek afspraken --verlopen",
                Localized(nl: "Afspraken die over tijd zijn", en: "Agreed actions that are overdue")),
            Example(
                "gesprek afspraken --open --mentor \"de vries\"",
                Localized(
                    nl: "Open afspraken bij de leerlingen van een mentor", en: "Open actions of a mentor's students")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let lookup = try ParticipationLookup(store)
        var query = ConversationQuery()
        if let numbers = try ConversationFlags.studentNumbers(
            arguments, input: input, lookup: lookup, context: context)
        {
            guard !numbers.isEmpty else { return .table(Table(columns: Self.columns, rows: [])) }
            query.studentNumbers = numbers.sorted()
        }
        let today = context.today
        var rows: [[Value]] = []
        for conversation in try store.conversations(query) {
            for agreement in conversation.agreements {
                if arguments.isSet("open"), agreement.done != nil { continue }
                if arguments.isSet("verlopen"), !agreement.isOverdue(on: today) { continue }
                rows.append([
                    .integer(Int(agreement.id)), .integer(Int(conversation.id)), .date(conversation.date),
                    .text(conversation.studentNumber),
                    .optionalText(lookup.student(conversation.studentNumber)?.fullName ?? ""), .text(agreement.what),
                    .optionalText(agreement.by), agreement.due.map(Value.date) ?? .nothing,
                    agreement.done.map(Value.date) ?? .nothing,
                ])
            }
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }
}

extension Agreement {
    /// Open with its due date before `today`.
    func isOverdue(on today: LOBDate) -> Bool {
        guard done == nil, let due else { return false }
        return due < today
    }
}
