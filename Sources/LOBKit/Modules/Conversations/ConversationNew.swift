import Foundation

/// `gesprek nieuw NUMMER …`: records a career conversation that was held, with its verslag, afspraken and
/// (apart) the confidential working note.
struct ConversationNew: Command {
    static let spec = CommandSpec(
        "nieuw", group: "gesprek", aliases: ["new"],
        summary: Localized(
            nl: "Legt een gevoerd loopbaangesprek vast: deelnemers, onderwerpen, verslag en afspraken",
            en: "Records a career conversation that was held: participants, topics, report and agreed actions"),
        positionals: [
            Positional(
                "nummer", .studentNumber,
                help: Localized(nl: "Het leerlingnummer", en: "The student number"))
        ],
        flags: [
            Flag(
                "met", aliases: ["with"], .text, repeatable: true,
                help: Localized(
                    nl: "Een deelnemer als rol:naam, zoals mentor:\"J. de Vries\" (rollen: mentor, decaan, ouder, "
                        + "docent, anders)",
                    en: "A participant as role:name, such as mentor:\"J. de Vries\" (roles: mentor, decaan, ouder, "
                        + "docent, anders)")),
            ConversationFlags.kind,
            ConversationFlags.topic,
            Flag(
                "competentie", aliases: ["competency"], .choice(Competency.allCases.map(\.rawValue)),
                repeatable: true,
                help: Localized(nl: "Een loopbaancompetentie die aan bod kwam", en: "A career competency discussed")),
            Flag(
                "deelname", aliases: ["participation"], .activityCode, repeatable: true,
                help: Localized(
                    nl: "De code van een activiteit van de leerling waarop het gesprek terugblikt",
                    en: "The code of an activity of the student that the conversation reflects on")),
            ConversationFlags.report,
            ConversationFlags.agreement,
            ConversationFlags.agreementBy,
            ConversationFlags.agreementDue,
            ConversationFlags.privateNote,
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(
                    nl: "Wanneer het gesprek was (standaard vandaag; niet in de toekomst)",
                    en: "When the conversation was held (default today; not in the future)")),
        ],
        examples: [
            Example(
                "gesprek nieuw 1164 --met mentor:\"J. de Vries\" --soort loopbaangesprek --onderwerp profielkeuze "
                    + "--verslag \"Zoë twijfelt tussen EM en NG.\" --afspraak \"Meeloopdag HAN aanvragen\" "
                    + "--voor 2026-12-15",
                Localized(
                    nl: "Een loopbaangesprek met de mentor, met één afspraak voor de leerling",
                    en: "A career conversation with the mentor, with one action for the student")),
            Example(
                "gesprek nieuw 1569 --met mentor:\"J. de Vries\" --met ouder:\"mevr. Bakker\" --soort driehoeksgesprek "
                    + "--verslag \"Samen de open dagen doorgenomen.\" --afspraak \"Open dag bezoeken\" --door ouder "
                    + "--werkaantekening \"Thuis speelt veel; volgende keer voorzichtig\"",
                Localized(
                    nl: "Een driehoeksgesprek met een ouder en een vertrouwelijke werkaantekening",
                    en: "A three-way conversation with a parent and a confidential working note")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let lookup = try ParticipationLookup(store)
        let student = try lookup.checkedStudent(arguments.text("nummer") ?? "", at: arguments.span("nummer"))
        let date = arguments.date("datum") ?? context.today
        // A conversation is recorded once it was held; planned ones belong in an agenda.
        if date > context.today {
            throw LOBError.usage(.conversationDateInFuture, date.description, at: arguments.span("datum"))
        }
        var participants: [ConversationParticipant] = []
        for (text, span) in zip(arguments.texts("met"), arguments.spans("met")) {
            let participant = try ConversationFlags.participant(text, at: span)
            if !participants.contains(participant) { participants.append(participant) }
        }
        let agreements = try ConversationFlags.agreements(arguments)
        let linked = try linkedActivities(arguments, student: student, date: date, lookup: lookup, store: store)
        var report = arguments.text("verslag")
        if report == nil, let editor = context.textEditor {
            report = ConversationNew.edited(editor, student: student, date: date, language: context.language)
        }
        let conversation = Conversation(
            studentNumber: student.number, date: date,
            kind: arguments.text("soort").flatMap(ConversationKind.init(rawValue:)) ?? .career,
            participants: participants,
            topics: arguments.texts("onderwerp").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            competencies: arguments.texts("competentie").compactMap(Competency.init(rawValue:)),
            report: report ?? "", agreements: agreements, linkedActivities: linked,
            recordedBy: ConversationFlags.recorder(context))
        guard let id = try store.addConversation(conversation, privateNote: arguments.text("werkaantekening")) else {
            throw LOBError(.failed, Message(.unknownStudent, student.number), at: arguments.span("nummer"))
        }
        if conversation.report.isEmpty { context.notice(Message(.conversationEmptyReport, String(id))) }
        return .text(
            Message(
                .conversationRecorded, String(id), conversation.kind.rawValue, ParticipationLookup.describe(student),
                date.description, String(agreements.count)
            ).text(context.language))
    }

    /// Each `--deelname` as `CODE datum`: the student's participation in it on or before the conversation
    /// (the latest), else their latest one.
    private func linkedActivities(
        _ arguments: Arguments, student: Student, date: LOBDate, lookup: ParticipationLookup,
        store: StoreTransaction
    ) throws(LOBError) -> [String] {
        var linked: [String] = []
        for (code, span) in zip(arguments.texts("deelname"), arguments.spans("deelname")) {
            let activity = try lookup.checkedActivity(code, at: span)
            let participations = try store.participations(
                ParticipationQuery(activityCode: activity.code, studentNumbers: [student.number])
            ).sorted { $0.date < $1.date }
            guard let chosen = participations.last(where: { $0.date <= date }) ?? participations.last else {
                throw LOBError(
                    .failed, Message(.conversationNoParticipation, student.number, activity.code), at: span)
            }
            let entry = "\(chosen.activityCode) \(chosen.date.description)"
            if !linked.contains(entry) { linked.append(entry) }
        }
        return linked
    }

    /// The verslag typed in the editor, without the explanatory lines that start with `#`.
    static func edited(
        _ editor: (String) -> String?, student: Student, date: LOBDate, language: UILanguage
    ) -> String? {
        let header = Message(.conversationEditorHeader, ParticipationLookup.describe(student), date.description)
            .text(language)
        let template = header.split(separator: "\n").map { "# " + $0 }.joined(separator: "\n") + "\n\n"
        guard let text = editor(template) else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
