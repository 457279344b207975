/// `verplichting check [NUMMER] [--leerjaar] [--klas] [--schooltype] [--peildatum]`: who meets the
/// inspanningsverplichting; with a number, one student's own view in words.
struct ObligationCheck: Command {
    static let spec = CommandSpec(
        "check", group: "verplichting", aliases: ["controleer"],
        summary: Localized(
            nl:
                "Toont per leerling of de regels van de inspanningsverplichting gehaald zijn, wie op schema ligt en wat nog open staat (wie achterloopt eerst); met een leerlingnummer: de eigen stand van die leerling, in woorden",
            en:
                "Shows per student whether the rules of the inspanningsverplichting are met, who is on track and what is still open (those behind first); with a student number: that student's own view, in words"
        ),
        positionals: [
            Positional(
                "nummer", .studentNumber, .optional,
                help: Localized(
                    nl: "Het leerlingnummer, voor de eigen stand van één leerling",
                    en: "The student number, for one student's own view"))
        ],
        flags: [
            ObligationFlags.year(
                Localized(nl: "Alleen dit leerjaar", en: "Only this leerjaar"),
                repeatable: true),
            Flag("klas", aliases: ["class"], .text, help: Localized(nl: "Alleen deze klas", en: "Only this class")),
            ObligationFlags.schoolType(
                Localized(
                    nl: "Alleen dit schooltype (vmbo staat voor alle vier de leerwegen)",
                    en: "Only this school type (vmbo stands for all four learning paths)")),
            Flag(
                "peildatum", aliases: ["as-of"], .date,
                help: Localized(
                    nl:
                        "Telt deelnames tot en met deze datum, in het schooljaar waarin ze valt (standaard vandaag, $vandaag)",
                    en:
                        "Counts participations up to this date, in the school year it falls in (default today, $vandaag)"
                )),
        ],
        examples: [
            Example(
                "verplichting check --schooltype havo --leerjaar 5",
                Localized(nl: "Hoe havo 5 ervoor staat", en: "Where havo 5 stands")),
            Example(
                "verplichting check --leerjaar 5 | waar schooltype = havo en voldaan = nee | aantal",
                Localized(
                    nl: "Hoeveel havo 5-leerlingen nog niet voldaan hebben",
                    en: "How many havo 5 students are not done yet")),
            Example(
                "verplichting check --klas H5A --peildatum 2026-06-30",
                Localized(nl: "Een klas op een eerdere peildatum", en: "A class on an earlier date")),
            Example(
                "verplichting check 1521",
                Localized(
                    nl: "De eigen stand van leerling 1521 (havo 5), in woorden",
                    en: "Student 1521's own view (havo 5), in words")),
        ]
    )

    /// Column names are the same in both languages, so that scripts work in both; so are `ja` and `nee`.
    static let columns = ["leerlingnummer", "naam", "klas", "schooltype", "leerjaar", "voldaan", "op-schema", "open"]

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let asOf = arguments.date("peildatum") ?? context.today
        if let number = arguments.text("nummer") {
            guard let student = try store.student(number: number) else {
                throw LOBError(.failed, Message(.unknownStudent, number), at: arguments.span("nummer"))
            }
            let catalogue = Dictionary(
                try store.activities().map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
            let view = ObligationStudentView(
                student: student, asOf: asOf,
                progress: try ObligationProgress.measure([student], asOf: asOf, in: store).first,
                catalogue: catalogue, policyText: try store.currentStudentObligation(in: asOf.schoolYear)?.text)
            return .text(view.document(context.language).text(language: context.language))
        }
        var query = StudentQuery()
        query.years = ObligationFlags.years(arguments)
        query.schoolTypes = ObligationFlags.schoolTypes(arguments)
        query.className = arguments.text("klas")
        let progress = try ObligationProgress.measure(try store.students(query), asOf: asOf, in: store)
        let rows = progress.sorted(by: Self.behindFirst).map { progress -> [Value] in
            let student = progress.student
            return [
                .text(student.number), .text(student.fullName), .optionalText(student.className),
                .text(student.schoolType.rawValue), .integer(student.year), .yesNo(progress.isMet),
                .yesNo(progress.isOnTrack), .optionalText(progress.openSummary),
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }

    /// Behind schedule first, then not met, then the most still open; then by class and name.
    static func behindFirst(_ left: ObligationProgress, _ right: ObligationProgress) -> Bool {
        if left.isOnTrack != right.isOnTrack { return !left.isOnTrack }
        if left.isMet != right.isMet { return !left.isMet }
        if left.openCount != right.openCount { return left.openCount > right.openCount }
        let (a, b) = (left.student, right.student)
        for (x, y) in [
            (a.className, b.className), (a.surname, b.surname), (a.givenName, b.givenName), (a.number, b.number),
        ] {
            let order = Value.compareText(x, y)
            if order != .orderedSame { return order == .orderedAscending }
        }
        return false
    }
}
