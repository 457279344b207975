/// `deelname lijst`: participations, filtered, by date; a piped table with `leerlingnummer` narrows them
/// to its students.
struct ParticipationList: Command {
    static let columns = [
        "datum", "code", "activiteit", "leerlingnummer", "naam", "klas", "status", "reflectie", "deelbaar",
    ]

    static let spec = CommandSpec(
        "lijst", group: "deelname", aliases: ["list"],
        summary: Localized(
            nl:
                "Toont deelnames op datum, met of er een reflectie is en of die deelbaar is; via de pijplijn voor "
                + "bepaalde leerlingen",
            en: "Lists participations by date, with whether there is a reflection and whether it is shareable; "
                + "through the pipeline for given students"),
        flags: [
            Flag(
                "leerling", aliases: ["student"], .studentNumber,
                help: Localized(nl: "Alleen deze leerling", en: "Only this student")),
            Flag(
                "activiteit", aliases: ["activity"], .activityCode,
                help: Localized(nl: "Alleen deze activiteit (code)", en: "Only this activity (code)")),
            Flag("klas", aliases: ["class"], .text, help: Localized(nl: "Alleen deze klas", en: "Only this class")),
            Flag("van", aliases: ["from"], .date, help: Localized(nl: "Vanaf deze datum", en: "From this date on")),
            Flag("tot", aliases: ["until"], .date, help: Localized(nl: "Tot en met deze datum", en: "Up to this date")),
            Flag(
                "status", .choice(ParticipationStatus.allCases.map(\.rawValue)),
                help: Localized(nl: "Alleen deze status", en: "Only this status")),
        ],
        examples: [
            Example(
                "deelname lijst --leerling 1164",
                Localized(nl: "Alles waar één leerling aan deelnam", en: "Everything one student took part in")),
            Example(
                "deelname lijst --activiteit OD-HAN | groepeer klas",
                Localized(
                    nl: "Wie naar de open dag van de HAN ging, per klas",
                    en: "Who went to the HAN's open day, per class")),
            Example(
                "leerling lijst --mentor \"de vries\" | deelname lijst --status afwezig",
                Localized(nl: "Afwezigheid bij de leerlingen van een mentor", en: "Absences among a mentor's students")),
            Example(
                "deelname lijst --klas H4A --van 1-10-2026 | waar reflectie = nee",
                Localized(
                    nl: "Deelnames van een klas sinds oktober zonder reflectie",
                    en: "A class's participations since October without a reflection")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let lookup = try ParticipationLookup(store)
        var query = ParticipationQuery()
        if let code = arguments.text("activiteit") {
            query.activityCode = try lookup.checkedActivity(code, at: arguments.span("activiteit")).code
        }
        query.from = arguments.date("van")
        query.until = arguments.date("tot")
        try ParticipationList.checkPeriod(query, arguments)
        query.status = arguments.text("status").flatMap(ParticipationStatus.init(rawValue:))
        var numbers = try input.studentNumbers(for: Self.spec.displayName, at: context.callSpan).map(Set.init)
        if let number = arguments.text("leerling") {
            let student = try lookup.checkedStudent(number, at: arguments.span("leerling"))
            numbers = (numbers ?? [student.number]).intersection([student.number])
        }
        if let className = arguments.text("klas") {
            var students = StudentQuery()
            students.className = className
            let inClass = Set(try store.students(students).map(\.number))
            numbers = numbers.map { $0.intersection(inClass) } ?? inClass
        }
        if let numbers {
            guard !numbers.isEmpty else { return .table(Table(columns: ParticipationList.columns, rows: [])) }
            query.studentNumbers = numbers.sorted()
        }
        let rows = lookup.sorted(try store.participations(query)).map { participation -> [Value] in
            let activity = lookup.activity(participation.activityCode)
            let student = lookup.student(participation.studentNumber)
            return [
                .date(participation.date), .text(participation.activityCode), .optionalText(activity?.name ?? ""),
                .text(participation.studentNumber), .optionalText(student?.fullName ?? ""),
                .optionalText(student?.className ?? ""), .text(participation.status.rawValue),
                .yesNo(participation.hasReflection), .yesNo(participation.shareable),
            ]
        }
        return .table(Table(columns: ParticipationList.columns, rows: rows))
    }

    /// `--van` after `--tot` is a mistake, not an empty list.
    static func checkPeriod(_ query: ParticipationQuery, _ arguments: Arguments) throws(LOBError) {
        if let from = query.from, let until = query.until, until < from {
            throw LOBError.usage(
                .participationDatesReversed, from.description, until.description, at: arguments.span("tot"))
        }
    }
}
