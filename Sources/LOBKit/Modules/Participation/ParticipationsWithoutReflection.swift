/// `deelname zonder-reflectie [--van] [--klas] [--mentor]`: the participations still waiting for a
/// reflection (status `deelgenomen`, none of the four fields filled in), with the mentor to ask.
struct ParticipationsWithoutReflection: Command {
    static let columns = ["datum", "code", "activiteit", "leerlingnummer", "naam", "klas", "mentor"]

    static let spec = CommandSpec(
        "zonder-reflectie", group: "deelname", aliases: ["without-reflection"],
        summary: Localized(
            nl: "Toont de deelnames waarbij de reflectie nog ontbreekt, met de mentor",
            en: "Lists the participations whose reflection is still missing, with the mentor"),
        flags: [
            Flag("van", aliases: ["from"], .date, help: Localized(nl: "Vanaf deze datum", en: "From this date on")),
            Flag("klas", aliases: ["class"], .text, help: Localized(nl: "Alleen deze klas", en: "Only this class")),
            Flag(
                "mentor", .text,
                help: Localized(
                    nl: "Alleen leerlingen van deze mentor (deel van de naam volstaat)",
                    en: "Only this mentor's students (part of the name will do)")),
        ],
        examples: [
            Example(
                "deelname zonder-reflectie --klas H4A",
                Localized(nl: "Wat een klas nog moet reflecteren", en: "What a class still has to reflect on")),
            Example(
                "deelname zonder-reflectie --van 1-10-2026 | groepeer mentor",
                Localized(
                    nl: "Openstaande reflecties sinds oktober, per mentor",
                    en: "Reflections outstanding since October, per mentor")),
            Example(
                "deelname zonder-reflectie --mentor \"de vries\" | groepeer leerlingnummer naam",
                Localized(
                    nl: "De leerlingen van een mentor met hun aantal openstaande reflecties",
                    en: "A mentor's students with their number of outstanding reflections")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let lookup = try ParticipationLookup(store)
        var query = ParticipationQuery(from: arguments.date("van"), status: .participated)
        if arguments.isSet("klas") || arguments.isSet("mentor") {
            var students = StudentQuery()
            students.className = arguments.text("klas")
            students.mentor = arguments.text("mentor")
            let numbers = try store.students(students).map(\.number).sorted()
            guard !numbers.isEmpty else {
                return .table(Table(columns: ParticipationsWithoutReflection.columns, rows: []))
            }
            query.studentNumbers = numbers
        }
        let open = try store.participations(query).filter { !$0.hasReflection }
        let rows = lookup.sorted(open).map { participation -> [Value] in
            let activity = lookup.activity(participation.activityCode)
            let student = lookup.student(participation.studentNumber)
            return [
                .date(participation.date), .text(participation.activityCode), .optionalText(activity?.name ?? ""),
                .text(participation.studentNumber), .optionalText(student?.fullName ?? ""),
                .optionalText(student?.className ?? ""), .optionalText(student?.mentor ?? ""),
            ]
        }
        return .table(Table(columns: ParticipationsWithoutReflection.columns, rows: rows))
    }
}
