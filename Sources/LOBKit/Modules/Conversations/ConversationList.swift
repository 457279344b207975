/// `gesprek lijst`: conversations by date, filtered; a piped table with `leerlingnummer` narrows them to its
/// students. Shared fields only: the private note is never part of a list.
struct ConversationList: Command {
    static let columns = [
        "id", "datum", "leerlingnummer", "naam", "klas", "soort", "met", "onderwerpen", "afspraken-open",
    ]

    static let spec = CommandSpec(
        "lijst", group: "gesprek", aliases: ["list"],
        summary: Localized(
            nl: "Toont gesprekken op datum, met deelnemers, onderwerpen en open afspraken",
            en: "Lists conversations by date, with participants, topics and open agreed actions"),
        flags: [
            ConversationFlags.student, ConversationFlags.className, ConversationFlags.mentor,
            Flag("van", aliases: ["from"], .date, help: Localized(nl: "Vanaf deze datum", en: "From this date on")),
            Flag("tot", aliases: ["until"], .date, help: Localized(nl: "Tot en met deze datum", en: "Up to this date")),
            Flag(
                "soort", aliases: ["kind"], .choice(ConversationFlags.kinds),
                help: Localized(nl: "Alleen deze soort gesprek", en: "Only this kind of conversation")),
        ],
        examples: [
            Example(
                "gesprek lijst --leerling 1164",
                Localized(nl: "De gesprekken van één leerling", en: "One student's conversations")),
            Example(
                "gesprek lijst --klas H4A --soort driehoeksgesprek",
                Localized(nl: "Driehoeksgesprekken in een klas", en: "Three-way conversations in a class")),
            Example(
                "leerling lijst --leerjaar 3 | gesprek lijst --van 2026-10-01 | groepeer klas",
                Localized(
                    nl: "Gesprekken in leerjaar 3 sinds oktober, per klas",
                    en: "Conversations in leerjaar 3 since October, per class")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let lookup = try ParticipationLookup(store)
        try ConversationFlags.checkPeriod(arguments)
        var query = ConversationQuery(
            from: arguments.date("van"), until: arguments.date("tot"),
            kind: arguments.text("soort").flatMap(ConversationKind.init(rawValue:)))
        if let numbers = try ConversationFlags.studentNumbers(
            arguments, input: input, lookup: lookup, context: context)
        {
            guard !numbers.isEmpty else { return .table(Table(columns: Self.columns, rows: [])) }
            query.studentNumbers = numbers.sorted()
        }
        let rows = try store.conversations(query).map { conversation -> [Value] in
            let student = lookup.student(conversation.studentNumber)
            return [
                .integer(Int(conversation.id)), .date(conversation.date), .text(conversation.studentNumber),
                .optionalText(student?.fullName ?? ""), .optionalText(student?.className ?? ""),
                .text(conversation.kind.rawValue),
                .optionalText(ConversationFlags.describe(conversation.participants)),
                .optionalText(conversation.topics.joined(separator: ", ")),
                .integer(conversation.agreements.filter { $0.done == nil }.count),
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }
}
