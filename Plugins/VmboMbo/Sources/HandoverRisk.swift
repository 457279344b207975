import LOBKit

/// `overdracht risico [--dagen N] [--klas]`: the final-year vmbo students whose right to admission is at risk,
/// measured against 1 April of the current school year.
///
/// Before the deadline: everyone without an application in this school year, and everyone rejected. The
/// risk is `hoog` for a rejection and, within N days of 1 April, for everyone; further away it is `midden`
/// without a chosen programme and `laag` with one. After 1 April: who applied late or not at all, and who
/// was rejected, all `hoog`. Placed students and on-time applications are never at risk.
struct HandoverRisk: Command {
    enum Level: String, CaseIterable {
        case high = "hoog"
        case medium = "midden"
        case low = "laag"
    }

    static let columns = [
        "leerlingnummer", "naam", "klas", "mentor", "status", "opleiding", "aanmelddatum", "dagen-tot-1-april",
        "risico", "reden",
    ]

    static let spec = CommandSpec(
        "risico", group: "overdracht", aliases: ["risk"],
        summary: Localized(
            nl:
                "Wie het toelatingsrecht mbo dreigt te missen: niet (op tijd) aangemeld, uiterlijk 1 april, of afgewezen; met de dagen tot 1 april",
            en:
                "Who may miss the right to mbo admission: not applied (in time) by 1 April, or rejected; with the days until 1 April"
        ),
        flags: [
            Flag(
                "dagen", aliases: ["days"], .integer,
                help: Localized(
                    nl: "Binnen zoveel dagen voor 1 april is elke ontbrekende aanmelding hoog risico (standaard 30)",
                    en: "Within this many days of 1 April every missing application is high risk (default 30)")),
            Flag(
                "klas", aliases: ["class"], .text,
                help: Localized(
                    nl: "Alleen leerlingen van deze klas, zoals T4A", en: "Only students of this class, such as T4A")),
        ],
        examples: [
            Example("overdracht risico", Localized(nl: "Wie loopt risico?", en: "Who is at risk?")),
            Example(
                "overdracht risico --dagen 150 | waar risico = hoog",
                Localized(
                    nl: "Alleen hoog risico, met 150 dagen als 'deadline nabij'",
                    en: "Only high risk, with 150 days as 'deadline near'")),
            Example(
                "overdracht risico --klas K4A | kolommen naam mentor reden",
                Localized(nl: "Voor de mentor van K4A", en: "For K4A's mentor")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let window = arguments.integer("dagen") ?? 30
        if window < 0 {
            throw LOBError(.usage, Message(HandoverText.negativeDays, String(window)), at: arguments.span("dagen"))
        }
        var students = try context.store().handoverStudents()
        if let className = HandoverLookup.trimmed(arguments.text("klas")) {
            students = try HandoverList.inClass(className, students, at: arguments.span("klas"))
        }
        let deadline = try AdmissionDeadline(context.schoolYear)
        let today = context.today
        let daysLeft = today.days(until: deadline.date)
        var found: [(level: Level, row: [Value])] = []
        for student in students {
            guard let (level, reason) = Self.risk(student, deadline: deadline, daysLeft: daysLeft, window: window)
            else { continue }
            let application = student.application
            found.append(
                (
                    level,
                    [
                        .text(student.number), .text(student.fullName), .text(student.className), .text(student.mentor),
                        .text(student.status.rawValue),
                        application.map { Value.text($0.programme + " (" + $0.institution + ")") } ?? .nothing,
                        HandoverLookup.dateCell(application?.date), .integer(daysLeft), .text(level.rawValue),
                        .text(reason.text(context.language)),
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
                    HandoverText.riskSummaryBefore, String(daysLeft), written, String(rows.count),
                    String(students.count)))
        } else {
            context.notice(
                Message(
                    HandoverText.riskSummaryAfter, written, String(-daysLeft), String(rows.count),
                    String(students.count)))
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }

    /// The student's risk and why, nil when there is none.
    static func risk(_ student: HandoverStudent, deadline: AdmissionDeadline, daysLeft: Int, window: Int)
        -> (Level, Localized)?
    {
        let near = daysLeft <= window
        switch student.status {
        case .placed:
            return nil
        case .rejected:
            return (.high, HandoverText.reasonRejected)
        case .applied:
            guard let date = student.application?.date, !deadline.isOnTime(date) else { return nil }
            if date > deadline.date { return (.high, HandoverText.reasonLate) }
            return (near ? .high : .medium, HandoverText.reasonEarlierYear)
        case .notApplied:
            if daysLeft < 0 { return (.high, HandoverText.reasonMissed) }
            if student.application == nil { return (near ? .high : .medium, HandoverText.reasonNoChoice) }
            return (near ? .high : .low, HandoverText.reasonNotApplied)
        }
    }
}
