import Foundation

/// Flags and argument readings that several `gesprek` commands share, declared once.
enum ConversationFlags {
    static let kinds = ConversationKind.allCases.map(\.rawValue)
    static let roles = ParticipantRole.allCases.map(\.rawValue)

    static let kind = Flag(
        "soort", aliases: ["kind"], .choice(kinds),
        help: Localized(
            nl: "loopbaangesprek, driehoeksgesprek, keuzegesprek of terugblik",
            en: "loopbaangesprek (career), driehoeksgesprek (with parents), keuzegesprek (choice) or terugblik (review)"
        ))
    static let report = Flag(
        "verslag", aliases: ["report"], .text,
        help: Localized(
            nl: "Het verslag: de leerling (en vanaf 16 de ouders) mag het lezen",
            en: "The report: the student (and from 16 the parents) may read it"))
    static let topic = Flag(
        "onderwerp", aliases: ["topic"], .text, repeatable: true,
        help: Localized(nl: "Een onderwerp van het gesprek", en: "A topic of the conversation"))
    static let agreement = Flag(
        "afspraak", aliases: ["agreement"], .text, repeatable: true,
        help: Localized(
            nl: "Een afspraak: wat er gebeurt; een --door en --voor erna horen erbij",
            en: "An agreed action: what happens; a --door and --voor after it belong to it"))
    static let agreementBy = Flag(
        "door", aliases: ["by"], .text, repeatable: true,
        help: Localized(
            nl: "Wie de afspraak uitvoert (standaard leerling)", en: "Who carries out the action (default leerling)"))
    static let agreementDue = Flag(
        "voor", aliases: ["due"], .date, repeatable: true,
        help: Localized(nl: "Wanneer de afspraak klaar moet zijn", en: "When the action is due"))
    static let privateNote = Flag(
        "werkaantekening", aliases: ["private-note"], .text,
        help: Localized(
            nl: "Een vertrouwelijke werkaantekening voor jezelf; komt nooit in lijsten, pijplijnen of bestanden",
            en: "A confidential working note for yourself; never in lists, pipelines or files"))
    static let student = Flag(
        "leerling", aliases: ["student"], .studentNumber,
        help: Localized(nl: "Alleen deze leerling", en: "Only this student"))
    static let className = Flag(
        "klas", aliases: ["class"], .text, help: Localized(nl: "Alleen deze klas", en: "Only this class"))
    static let mentor = Flag(
        "mentor", .text,
        help: Localized(
            nl: "Alleen leerlingen van deze mentor (deel van de naam)",
            en: "Only students of this mentor (part of the name)"))
    static let year = Flag(
        "leerjaar", aliases: ["year"], .integer,
        help: Localized(nl: "Alleen dit leerjaar", en: "Only this leerjaar"))

    /// The afspraken of `--afspraak`, `--door` and `--voor`: each `--door` and `--voor` belongs to the
    /// `--afspraak` before it, which is the n-th with the n-th when every afspraak has both, and still right
    /// when one of them leaves out its `--door` (`--afspraak a --voor … --afspraak b --door mentor`).
    static func agreements(_ arguments: Arguments) throws(LOBError) -> [Agreement] {
        let whats = Array(zip(arguments.texts("afspraak"), arguments.spans("afspraak")))
        var agreements: [Agreement] = []
        for (what, span) in whats {
            let trimmed = what.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw LOBError.usage(.conversationAgreementWithoutWhat, at: span) }
            agreements.append(Agreement(what: trimmed, by: "leerling", due: nil))
        }
        // Each flag once per afspraak.
        var seen: Set<String> = []
        func owner(_ flag: String, at span: SourceSpan) throws(LOBError) -> Int {
            // A --door or --voor before any --afspraak would be an afspraak without a description.
            guard let index = whats.lastIndex(where: { $0.1.start < span.start }), index < agreements.count else {
                throw LOBError.usage(.conversationAgreementWithoutWhat, at: span)
            }
            guard seen.insert("\(flag) \(index)").inserted else {
                throw LOBError.usage(.conversationAgreementTwice, flag, agreements[index].what, at: span)
            }
            return index
        }
        for (by, span) in zip(arguments.texts("door"), arguments.spans("door")) {
            let index = try owner("--door", at: span)
            let name = by.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { agreements[index].by = name }
        }
        for (due, span) in zip(arguments.all("voor"), arguments.spans("voor")) {
            let index = try owner("--voor", at: span)
            if case .date(let date) = due { agreements[index].due = date }
        }
        return agreements
    }

    /// Who records a change: `$door` or the user name. `--door` belongs to the afspraken here.
    static func recorder(_ context: CommandContext) -> String {
        context.author(Arguments(callSpan: context.callSpan))
    }

    /// `mentor:"J. de Vries"` as a participant, with a did-you-mean for a mistyped role.
    static func participant(_ text: String, at span: SourceSpan) throws(LOBError) -> ConversationParticipant {
        guard let colon = text.firstIndex(of: ":") else {
            throw LOBError.usage(.conversationBadParticipant, text, at: span)
        }
        let roleText = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let name = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard let role = ParticipantRole(rawValue: roleText) else {
            if let suggestion = Suggestion.closest(to: roleText, in: roles) {
                throw LOBError.usage(.conversationUnknownRoleSuggest, roleText, suggestion, at: span)
            }
            throw LOBError.usage(.conversationUnknownRole, roleText, roles.joined(separator: ", "), at: span)
        }
        guard !name.isEmpty else { throw LOBError.usage(.conversationBadParticipant, text, at: span) }
        return ConversationParticipant(role: role, name: name)
    }

    /// `J. de Vries (mentor), A. Jansen (ouder)`
    static func describe(_ participants: [ConversationParticipant]) -> String {
        participants.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", ")
    }

    /// The students a command is narrowed to by a piped table, `--leerling`, `--klas`, `--mentor` and
    /// `--leerjaar`; nil when nothing narrows it.
    static func studentNumbers(
        _ arguments: Arguments, input: Value, lookup: ParticipationLookup, context: CommandContext
    ) throws(LOBError) -> Set<String>? {
        let store = try context.store()
        var numbers = try input.studentNumbers(for: "gesprek", at: context.callSpan).map(Set.init)
        if let number = arguments.text("leerling") {
            let student = try lookup.checkedStudent(number, at: arguments.span("leerling"))
            numbers = (numbers ?? [student.number]).intersection([student.number])
        }
        var query = StudentQuery()
        var narrowed = false
        if let className = arguments.text("klas") {
            query.className = className
            narrowed = true
        }
        if let mentor = arguments.text("mentor") {
            query.mentor = mentor
            narrowed = true
        }
        if let year = arguments.integer("leerjaar") {
            query.years = [year]
            narrowed = true
        }
        if narrowed {
            let matching = Set(try store.students(query).map(\.number))
            numbers = numbers.map { $0.intersection(matching) } ?? matching
        }
        return numbers
    }

    /// `--van` after `--tot` is a mistake, not an empty list.
    static func checkPeriod(_ arguments: Arguments) throws(LOBError) {
        if let from = arguments.date("van"), let until = arguments.date("tot"), until < from {
            throw LOBError.usage(
                .participationDatesReversed, from.description, until.description, at: arguments.span("tot"))
        }
    }

    /// The conversation with this id, or an error that names the id.
    static func conversation(_ id: Int, in store: StoreTransaction, at span: SourceSpan) throws(LOBError)
        -> Conversation
    {
        guard let conversation = try store.conversation(id: Int64(id)) else {
            throw LOBError(.failed, Message(.conversationUnknown, String(id)), at: span)
        }
        return conversation
    }
}
