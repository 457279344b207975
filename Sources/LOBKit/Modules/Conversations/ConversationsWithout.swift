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
        // A piped table's students; `--leerjaar` and `--klas` narrow in SQL, `--mentor` (a part of the name,
        // without regard to case or diacritics) here.
        let numbers = try input.studentNumbers(for: "gesprek", at: context.callSpan).map(Set.init)
        let mentor = arguments.text("mentor")
        // One query: each student's last date from the covering index, only the columns shown.
        let students = try store.studentsWithoutConversation(
            since: since, year: arguments.integer("leerjaar"), className: arguments.text("klas")
        ) { student in
            (numbers?.contains(student.number) ?? true)
                && (mentor.map { Value.text(student.mentor).contains(typed: $0) } ?? true)
        }
        // In the order `compareText` gives class, surname, given name and number, as `sorteer` would: the
        // few distinct classes and names ranked once, the rows sorted by those ranks, the number only for a tie.
        let order = Self.order(students)
        let rows = order.map { index -> [Value] in
            let student = students[index]
            return [
                .text(student.number), .text(student.fullName), .optionalText(student.className),
                .optionalText(student.mentor), student.last.map(Value.date) ?? .nothing,
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }

    /// The indices of `students` by class, surname, given name and number as `Value.compareText` orders them,
    /// the row id breaking what it finds the same.
    static func order(_ students: [StudentLastConversation]) -> [Int] {
        var classes = TextRanks()
        var surnames = TextRanks()
        var givenNames = TextRanks()
        let ids = students.map { student in
            (classes.id(student.className), surnames.id(student.surname), givenNames.id(student.givenName))
        }
        let (classRanks, surnameRanks, givenNameRanks) = (classes.ranks(), surnames.ranks(), givenNames.ranks())
        let ranks = ids.map { id in
            (Int(classRanks[Int(id.0)]), Int(surnameRanks[Int(id.1)]), Int(givenNameRanks[Int(id.2)]))
        }
        func tie(_ left: Int, _ right: Int) -> Bool {
            let order = Value.compareText(students[left].number, students[right].number)
            return order == .orderedSame ? students[left].id < students[right].id : order == .orderedAscending
        }
        // The three ranks in one integer when they fit (a rank is less than the number of students), so that
        // the sort compares plain integers.
        let bits = UInt64(max(1, Int.bitWidth - students.count.leadingZeroBitCount))
        if bits * 3 <= 64 {
            var keys = ranks.enumerated().map { index, rank in
                (key: UInt64(rank.0) << (2 * bits) | UInt64(rank.1) << bits | UInt64(rank.2), index: index)
            }
            keys.sort { $0.key != $1.key ? $0.key < $1.key : tie($0.index, $1.index) }
            return keys.map(\.index)
        }
        let keys = ranks.map { [$0.0, $0.1, $0.2] }
        return students.indices.sorted { left, right in
            keys[left] != keys[right] ? keys[left].lexicographicallyPrecedes(keys[right]) : tie(left, right)
        }
    }
}
