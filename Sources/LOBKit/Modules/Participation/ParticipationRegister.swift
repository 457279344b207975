/// `deelname registreer CODE NUMMER… [--datum] [--status]`: records that students took part in an
/// activity; the numbers come from the arguments, from a piped table's `leerlingnummer` column, or both.
struct ParticipationRegister: Command {
    static let spec = CommandSpec(
        "registreer", group: "deelname", aliases: ["register"],
        summary: Localized(
            nl: "Registreert de deelname van een of meer leerlingen aan een activiteit",
            en: "Registers the participation of one or more students in an activity"),
        positionals: [
            Positional(
                "code", .activityCode,
                help: Localized(
                    nl: "De code van de activiteit, zoals OD-HAN", en: "The activity's code, such as OD-HAN")
            ),
            Positional(
                "nummer", .studentNumber, .variadic(minimum: 0),
                help: Localized(
                    nl: "De leerlingnummers; ook (of daarnaast) via de pijplijn, uit de kolom leerlingnummer",
                    en: "The student numbers; also (or as well) through the pipeline, from the column leerlingnummer")),
        ],
        flags: [
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(nl: "De datum (standaard vandaag, $vandaag)", en: "The date (default today, $vandaag)")),
            Flag(
                "status", .choice(ParticipationStatus.allCases.map(\.rawValue)),
                help: Localized(
                    nl:
                        "aangemeld, deelgenomen (standaard) of afwezig; gegeven verandert ze ook deelnames die er al stonden",
                    en: "aangemeld (signed up), deelgenomen (took part, the default) or afwezig (absent); when given, "
                        + "it also changes participations already registered")),
        ],
        examples: [
            Example(
                "deelname registreer OD-HAN 1164 1569 --datum 2026-11-14",
                Localized(
                    nl: "Twee leerlingen waren op de open dag van de HAN",
                    en: "Two students went to the HAN's open day")),
            Example(
                "leerling lijst --klas H4A | deelname registreer OD-HAN --datum 2026-11-14",
                Localized(nl: "Een hele klas, via de pijplijn", en: "A whole class, through the pipeline")),
            Example(
                "deelname registreer OD-HZ 1164 --datum 2027-02-06 --status aangemeld",
                Localized(nl: "Een aanmelding voor later", en: "A sign-up for later")),
        ]
    )

    /// Up to this many students, the participations already there are read for them alone.
    static let studentsLookedUpByNumber = 500

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        // By code and by number through the indexes; the whole catalogue and roster are read only to explain a
        // code or number that is not there (a recipe of 10,000 registrations must not read the roster 10,000 times).
        let code = arguments.text("code") ?? ""
        var found = try store.activity(code: code.trimmingCharacters(in: .whitespaces))
        if found == nil { found = try ParticipationLookup(store).checkedActivity(code, at: arguments.span("code")) }
        guard let activity = found else { throw LOBError(.failed, Message(.participationUnknownActivity, code)) }
        let students = try ParticipationRegister.students(arguments, input: input, store: store, context: context)
        let date = arguments.date("datum") ?? context.today
        let explicitStatus = arguments.text("status").flatMap(ParticipationStatus.init(rawValue:))
        let status = explicitStatus ?? .participated

        let existing = Dictionary(
            try store.participations(
                ParticipationQuery(
                    activityCode: activity.code,
                    // Only the students named (a few, usually one): not everyone registered that day before them.
                    studentNumbers: students.count <= Self.studentsLookedUpByNumber ? students.map(\.number) : nil,
                    from: date, until: date)
            )
            .map { ($0.studentNumber, $0) },
            uniquingKeysWith: { first, _ in first })
        var writes: [Participation] = []
        var alreadyThere = 0
        var changed = 0
        for student in students {
            guard var participation = existing[student.number] else {
                writes.append(
                    Participation(
                        activityCode: activity.code, studentNumber: student.number, date: date, status: status))
                continue
            }
            alreadyThere += 1
            // Only an explicit --status changes one that is there: running the class again to add a
            // latecomer must not turn this morning's `afwezig` back into `deelgenomen`. The reflection stays.
            if let explicitStatus, participation.status != explicitStatus {
                participation.status = explicitStatus
                writes.append(participation)
                changed += 1
            }
        }
        try store.saveParticipations(writes)

        ParticipationRegister.warnAboutAudience(activity, students, context: context)
        var lines = [
            Message(
                .participationRegistered, activity.code, date.description, status.rawValue,
                String(students.count - alreadyThere), String(alreadyThere))
        ]
        if changed > 0 { lines.append(Message(.participationStatusChanged, String(changed), status.rawValue)) }
        return .text(lines.map { $0.text(context.language) }.joined(separator: "\n"))
    }

    /// The students named in the arguments and the input, each once; every unknown number is an error
    /// before anything is written.
    static func students(
        _ arguments: Arguments, input: Value, store: StoreTransaction, context: CommandContext
    ) throws(LOBError) -> [Student] {
        var requested = Array(zip(arguments.texts("nummer"), arguments.spans("nummer")))
        if let piped = try input.studentNumbers(for: spec.displayName, at: context.callSpan) {
            if piped.isEmpty, requested.isEmpty {
                throw LOBError(.failed, Message(.participationInputEmpty), at: context.callSpan)
            }
            requested += piped.map { ($0, context.callSpan) }
        }
        if requested.isEmpty {
            throw LOBError(.usage, Message(.participationNoStudents, spec.displayName), at: context.callSpan)
        }
        var students: [Student] = []
        var seen = Set<String>()
        var unknown: [(number: String, span: SourceSpan)] = []
        for (number, span) in requested where seen.insert(number).inserted {
            if let student = try store.student(number: number.trimmingCharacters(in: .whitespaces)) {
                students.append(student)
            } else {
                unknown.append((number, span))
            }
        }
        if let first = unknown.first {
            let lookup = try ParticipationLookup(store)
            let others = unknown.dropFirst().map { lookup.unknownStudent($0.number) }
            throw LOBError(
                .failed, lookup.unknownStudent(first.number), at: first.span,
                details: others + [Message(.participationNothingRegistered)])
        }
        return students
    }

    /// One notice naming the students the activity is not meant for (school type or leerjaar).
    static func warnAboutAudience(_ activity: Activity, _ students: [Student], context: CommandContext) {
        let outside = students.filter { !activity.isFor($0.schoolType, year: $0.year) }
        guard !outside.isEmpty else { return }
        let shown = 10
        var names = outside.prefix(shown).map {
            "\($0.number) \($0.fullName) (\($0.schoolType.rawValue) \($0.year))"
        }
        if outside.count > shown {
            names.append(Message(.participationAndMore, String(outside.count - shown)).text(context.language))
        }
        context.notice(
            Message(
                .participationNotMeantFor, activity.code,
                ParticipationLookup.audience(of: activity, in: context.language), names.joined(separator: ", ")))
    }
}
