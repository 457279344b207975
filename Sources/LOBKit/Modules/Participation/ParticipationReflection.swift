import Foundation

/// `deelname reflectie CODE NUMMER [--datum] [--beoogde-doelen …] [--resultaten …] [--evaluatie …]
/// [--vervolgactiviteiten …] [--deelbaar | --niet-deelbaar]`: fills in the given fields of the reflection on one
/// participation and marks whether it may be quoted (without the name) in the yearly report, or shows the
/// reflection when nothing is given.
struct ParticipationReflection: Command {
    /// The four fields of the loopbaandossier, as flags.
    enum Field: String, CaseIterable {
        case intendedGoals = "beoogde-doelen"
        case results = "resultaten"
        case evaluation = "evaluatie"
        case followUp = "vervolgactiviteiten"

        var alias: String {
            switch self {
            case .intendedGoals: "intended-goals"
            case .results: "results"
            case .evaluation: "evaluation"
            case .followUp: "follow-up"
            }
        }

        var help: Localized {
            switch self {
            case .intendedGoals:
                Localized(nl: "Wat de leerling wilde bereiken", en: "What the student meant to achieve")
            case .results:
                Localized(nl: "Wat de leerling deed, zag en hoorde", en: "What the student did, saw and heard")
            case .evaluation:
                Localized(
                    nl: "Wat de leerling ervan vond en ervan leerde", en: "What the student thought of it and learnt")
            case .followUp: Localized(nl: "Wat de leerling nu gaat doen", en: "What the student will do next")
            }
        }

        func value(in participation: Participation) -> String {
            switch self {
            case .intendedGoals: participation.intendedGoals
            case .results: participation.results
            case .evaluation: participation.evaluation
            case .followUp: participation.followUp
            }
        }

        func set(_ text: String, in participation: inout Participation) {
            switch self {
            case .intendedGoals: participation.intendedGoals = text
            case .results: participation.results = text
            case .evaluation: participation.evaluation = text
            case .followUp: participation.followUp = text
            }
        }
    }

    static let spec = CommandSpec(
        "reflectie", group: "deelname", aliases: ["reflection"],
        summary: Localized(
            nl:
                "Legt de reflectie op een deelname vast (beoogde doelen, resultaten, evaluatie, vervolgactiviteiten); "
                + "zonder velden: toont haar",
            en:
                "Records the reflection on a participation (intended goals, results, evaluation, follow-up); "
                + "without fields: shows it"),
        positionals: [
            Positional(
                "code", .activityCode,
                help: Localized(
                    nl: "De code van de activiteit, zoals OD-HAN", en: "The activity's code, such as OD-HAN")
            ),
            Positional("nummer", .studentNumber, help: Localized(nl: "Het leerlingnummer", en: "The student number")),
        ],
        flags: [
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(
                    nl: "De datum van de deelname (nodig als de leerling vaker aan de activiteit deelnam)",
                    en: "The date of the participation (needed when the student took part more than once)"))
        ]
            + Field.allCases.map { field in
                Flag(
                    field.rawValue, aliases: [field.alias], .text,
                    help: Localized(
                        nl: field.help.dutch + " (alleen gegeven velden veranderen; \"\" maakt leeg)",
                        en: field.help.english + " (only the fields given change; \"\" empties one)"))
            } + [
                .switch(
                    "deelbaar", aliases: ["shareable"],
                    help: Localized(
                        nl: "De school mag de reflectie zonder naam citeren in het jaarverslag (evaluatie rapport)",
                        en: "The school may quote the reflection without the name in the yearly report "
                            + "(evaluatie rapport)")),
                .switch(
                    "niet-deelbaar", aliases: ["not-shareable"],
                    help: Localized(
                        nl: "Haalt de markering deelbaar weer weg", en: "Takes the shareable mark away again")),
            ],
        examples: [
            Example(
                "deelname reflectie STUDIE-4 1164 --evaluatie \"Techniek trekt me meer dan ik dacht\" "
                    + "--vervolgactiviteiten \"Open dag TU bezoeken\"",
                Localized(nl: "Twee velden invullen", en: "Filling in two fields")),
            Example(
                "deelname reflectie STUDIE-4 1164 --evaluatie \"Techniek trekt me meer dan ik dacht\" --deelbaar",
                Localized(
                    nl: "Invullen en laten citeren (zonder naam) in het jaarverslag",
                    en: "Filling in, and letting the yearly report quote it (without the name)")),
            Example(
                "deelname reflectie STUDIE-4 1164",
                Localized(nl: "De reflectie bekijken", en: "Reading the reflection")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let lookup = try ParticipationLookup(store)
        let activity = try lookup.checkedActivity(arguments.text("code") ?? "", at: arguments.span("code"))
        let student = try lookup.checkedStudent(arguments.text("nummer") ?? "", at: arguments.span("nummer"))
        let all = try store.participations(
            ParticipationQuery(activityCode: activity.code, studentNumbers: [student.number]))
        let date = arguments.date("datum")
        let matching = date.map { date in all.filter { $0.date == date } } ?? all
        let who = "\(student.number) (\(ParticipationLookup.describe(student)))"
        guard !matching.isEmpty else {
            guard let date, !all.isEmpty else {
                throw LOBError(
                    .failed, Message(.participationNone, student.number, activity.code), at: context.callSpan)
            }
            throw LOBError(
                .failed,
                Message(
                    .participationNoneOnDate, who, activity.code, date.description,
                    all.map(\.date.description).joined(separator: ", ")),
                at: arguments.span("datum"))
        }

        let given = Field.allCases.filter { arguments.isSet($0.rawValue) }
        let share: Bool? = arguments.isSet("deelbaar") ? true : arguments.isSet("niet-deelbaar") ? false : nil
        if arguments.isSet("deelbaar"), arguments.isSet("niet-deelbaar") {
            throw LOBError.usage(.participationShareableBoth, at: arguments.span("niet-deelbaar"))
        }
        if given.isEmpty, share == nil {
            return ParticipationReflection.show(matching, activity: activity, student: student)
        }
        guard matching.count == 1, var participation = matching.first else {
            throw LOBError(
                .usage,
                Message(
                    .participationSeveralDates, who, String(matching.count), activity.code,
                    matching.map(\.date.description).joined(separator: ", ")),
                at: context.callSpan)
        }
        for field in given {
            field.set(
                (arguments.text(field.rawValue) ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                in: &participation)
        }
        try store.saveParticipation(participation)
        if let share {
            if share, !participation.hasReflection {
                throw LOBError(.failed, Message(.participationShareableEmpty, activity.code, who), at: context.callSpan)
            }
            try store.setReflectionShareable(
                share, activityCode: participation.activityCode, studentNumber: participation.studentNumber,
                date: participation.date)
        }
        if participation.status != .participated {
            context.notice(Message(.participationReflectionOnStatus, participation.status.rawValue))
        }
        return .text(
            Message(
                .participationReflectionSaved, activity.code, who, participation.date.description,
                (given.map(\.rawValue) + (share.map { [$0 ? "deelbaar" : "niet-deelbaar"] } ?? []))
                    .joined(separator: ", ")
            )
            .text(context.language))
    }

    /// The participations with their reflections in full: one as a record, several as a table.
    static func show(_ participations: [Participation], activity: Activity, student: Student) -> Value {
        let columns =
            ["datum", "code", "activiteit", "leerlingnummer", "naam", "klas", "status"] + Field.allCases.map(\.rawValue)
            + ["deelbaar"]
        let rows = participations.map { participation -> [Value] in
            [
                .date(participation.date), .text(activity.code), .text(activity.name), .text(student.number),
                .text(student.fullName), .optionalText(student.className), .text(participation.status.rawValue),
            ] + Field.allCases.map { .optionalText($0.value(in: participation)) } + [.yesNo(participation.shareable)]
        }
        if rows.count == 1, let row = rows.first {
            return .record(Record(zip(columns, row).map { Record.Field($0, $1) }))
        }
        return .table(Table(columns: columns, rows: rows))
    }
}
