/// `gesprek zonder --sinds DATUM`: the students who had no conversation since a date, with their last one;
/// the mentors' weekly query.
struct ConversationsWithout: Command {
    static let columns = ["leerlingnummer", "naam", "klas", "mentor", "laatste-gesprek"]

    static let spec = CommandSpec(
        "zonder", group: "gesprek", aliases: ["without"],
        summary: Localized(
            nl: "Toont de leerlingen zonder gesprek sinds een datum, met hun laatste gesprek",
            en: "Lists the students without a conversation since a date, with their last one"),
        flags: [
            Flag(
                "sinds", aliases: ["since"], .date,
                help: Localized(nl: "Vanaf deze datum (verplicht)", en: "Since this date (required)")),
            ConversationFlags.year, ConversationFlags.className, ConversationFlags.mentor,
        ],
        examples: [
            Example(
                "gesprek zonder --sinds 2026-09-01 --leerjaar 3 | aantal",
                Localized(
                    nl: "Hoeveel leerlingen in leerjaar 3 dit schooljaar nog geen gesprek hadden",
                    en: "How many students in leerjaar 3 had no conversation yet this school year")),
            Example(
                "gesprek zonder --sinds 2026-10-01 --mentor \"de vries\"",
                Localized(
                    nl: "De leerlingen van een mentor zonder gesprek sinds oktober",
                    en: "A mentor's students without a conversation since October")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        guard let since = arguments.date("sinds") else {
            throw LOBError.usage(.conversationSinceRequired, at: arguments.callSpan)
        }
        let store = try context.store()
        let lookup = try ParticipationLookup(store)
        let numbers = try ConversationFlags.studentNumbers(arguments, input: input, lookup: lookup, context: context)
        // Only the last date per student, from the index: never every conversation with its texts.
        let last = try store.lastConversationDates()
        let students = try store.students(StudentQuery()).filter { student in
            guard numbers?.contains(student.number) ?? true else { return false }
            guard let date = last[student.number] else { return true }
            return date < since
        }.sorted { left, right in
            for (a, b) in [
                (left.className, right.className), (left.surname, right.surname), (left.givenName, right.givenName),
                (left.number, right.number),
            ] {
                let order = Value.compareText(a, b)
                if order != .orderedSame { return order == .orderedAscending }
            }
            return false
        }
        let rows = students.map { student -> [Value] in
            [
                .text(student.number), .text(student.fullName), .optionalText(student.className),
                .optionalText(student.mentor), last[student.number].map(Value.date) ?? .nothing,
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }
}
