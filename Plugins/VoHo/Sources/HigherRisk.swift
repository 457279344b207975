import LOBKit

/// `hoger risico [--dagen N] [--klas]`: the final-year havo and vwo students who may miss the right to a
/// studiekeuzecheck, measured against 1 May of the current school year.
///
/// Before 1 May: everyone not registered in this school year; `hoog` within N days of 1 May, `midden` further away.
/// After 1 May: who did not register (`hoog`) or registered late (`midden`: they may still be admitted, but without
/// the right to a check). A registration by 1 May is never at risk here; its advice is followed up by
/// `hoger opvolging`.
struct HigherRisk: Command {
    enum Level: String, CaseIterable {
        case high = "hoog"
        case medium = "midden"
    }

    static let columns = [
        "leerlingnummer", "naam", "klas", "mentor", "status", "aanmelddatum", "dagen-tot-1-mei", "risico", "reden",
    ]

    static let spec = CommandSpec(
        "risico", group: "hoger", aliases: ["risk"],
        summary: Localized(
            nl:
                "Wie het recht op een studiekeuzecheck dreigt te missen: niet (op tijd) aangemeld, uiterlijk 1 mei; met de dagen tot 1 mei",
            en:
                "Who may miss the right to a study choice check: not registered (in time) by 1 May; with the days until 1 May"
        ),
        flags: [
            Flag(
                "dagen", aliases: ["days"], .integer,
                help: Localized(
                    nl: "Binnen zoveel dagen voor 1 mei is elke ontbrekende aanmelding hoog risico (standaard 30)",
                    en: "Within this many days of 1 May every missing registration is high risk (default 30)")),
            Flag(
                "klas", aliases: ["class"], .text,
                help: Localized(
                    nl: "Alleen leerlingen van deze klas, zoals V6A", en: "Only students of this class, such as V6A")),
        ],
        examples: [
            Example("hoger risico", Localized(nl: "Wie loopt risico?", en: "Who is at risk?")),
            Example(
                "hoger risico --dagen 180 | waar risico = hoog",
                Localized(
                    nl: "Alleen hoog risico, met 180 dagen als 'deadline nabij'",
                    en: "Only high risk, with 180 days as 'deadline near'")),
            Example(
                "hoger risico --klas H5B | kolommen naam mentor reden",
                Localized(nl: "Voor de mentor van H5B", en: "For H5B's mentor")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let window = arguments.integer("dagen") ?? 30
        if window < 0 {
            throw LOBError(.usage, Message(VoHoText.negativeDays, String(window)), at: arguments.span("dagen"))
        }
        var students = try context.store().finalYearStudents()
        if let className = VoHoLookup.trimmed(arguments.text("klas")) {
            students = try VoHoLookup.inClass(className, students, at: arguments.span("klas"))
        }
        let deadline = try RegistrationDeadline(context.schoolYear)
        let daysLeft = context.today.days(until: deadline.date)
        var found: [(level: Level, row: [Value])] = []
        for student in students {
            guard let (level, reason) = Self.risk(student, deadline: deadline, daysLeft: daysLeft, window: window)
            else { continue }
            found.append(
                (
                    level,
                    [
                        .text(student.number), .text(student.fullName), .text(student.className), .text(student.mentor),
                        .text(student.stage.rawValue), VoHoLookup.dateCell(student.registration?.date),
                        .integer(daysLeft), .text(level.rawValue), .text(reason.text(context.language)),
                    ]
                ))
        }
        let order = Level.allCases
        let rows = found.enumerated().sorted { left, right in
            let leftRank = order.firstIndex(of: left.element.level) ?? 0
            let rightRank = order.firstIndex(of: right.element.level) ?? 0
            return (leftRank, left.offset) < (rightRank, right.offset)
        }.map(\.element.row)

        let written = deadline.written(context.language)
        if daysLeft >= 0 {
            context.notice(
                Message(
                    VoHoText.riskSummaryBefore, String(daysLeft), written, String(rows.count), String(students.count)))
        } else {
            context.notice(
                Message(
                    VoHoText.riskSummaryAfter, written, String(-daysLeft), String(rows.count), String(students.count)))
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }

    /// The student's risk and why, nil when there is none.
    static func risk(_ student: FinalYearStudent, deadline: RegistrationDeadline, daysLeft: Int, window: Int)
        -> (Level, Localized)?
    {
        if let date = student.registration?.date {
            if deadline.isOnTime(date) { return nil }
            if date > deadline.date { return (.medium, VoHoText.reasonLate) }
            if daysLeft < 0 { return (.high, VoHoText.reasonMissed) }
            return (daysLeft <= window ? .high : .medium, VoHoText.reasonEarlierYear)
        }
        if daysLeft < 0 { return (.high, VoHoText.reasonMissed) }
        return (daysLeft <= window ? .high : .medium, VoHoText.reasonNotRegistered)
    }
}
