/// `dossier items [NUMMER]`: the items in career documents, by date; a piped table with `leerlingnummer`
/// narrows them to its students.
struct CareerItemList: Command {
    static let columns = ["id", "datum", "leerlingnummer", "naam", "klas", "soort", "omschrijving", "bewijs"]

    static let spec = CommandSpec(
        "items", group: "dossier", aliases: ["list-items"],
        summary: Localized(
            nl:
                "Toont de items in loopbaandossiers op datum: van één leerling, van de leerlingen uit de pijplijn, of alle",
            en: "Lists the items in career documents by date: of one student, of the students in the pipeline, or all"
        ),
        positionals: [
            Positional(
                "nummer", .studentNumber, .optional,
                help: Localized(nl: "Alleen deze leerling", en: "Only this student"))
        ],
        examples: [
            Example("dossier items 1042", Localized(nl: "De items van één leerling", en: "One student's items")),
            Example(
                "leerling lijst --klas H5A | dossier items | groepeer soort",
                Localized(nl: "Wat een klas aan items heeft, per soort", en: "A class's items, per kind")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let lookup = try ParticipationLookup(store)
        var numbers = try input.studentNumbers(for: Self.spec.displayName, at: context.callSpan).map(Set.init)
        if let number = arguments.text("nummer") {
            let student = try lookup.checkedStudent(number, at: arguments.span("nummer"))
            numbers = (numbers ?? [student.number]).intersection([student.number])
        }
        let items = try store.careerItems(studentNumbers: numbers.map { $0.sorted() })
        let rows = items.map { item -> [Value] in
            let student = lookup.student(item.studentNumber)
            return [
                .integer(Int(item.id)), .date(item.date), .text(item.studentNumber),
                .optionalText(student?.fullName ?? ""), .optionalText(student?.className ?? ""),
                .text(item.kind.rawValue), .text(item.description), .optionalText(item.evidence),
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }
}
