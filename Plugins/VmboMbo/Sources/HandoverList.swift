import LOBKit

/// `overdracht lijst [--status] [--instelling] [--klas]`: every final-year vmbo student with the intended
/// programme, the application and the consent; a student without a record is `niet-aangemeld`.
struct HandoverList: Command {
    static let columns = [
        "leerlingnummer", "naam", "klas", "schooltype", "instelling", "opleiding", "niveau", "status",
        "aanmelddatum", "toestemming",
    ]

    static let spec = CommandSpec(
        "lijst", group: "overdracht", aliases: ["list"],
        summary: Localized(
            nl:
                "Toont alle examenleerlingen vmbo met hun beoogde opleiding, de stand van de aanmelding en de toestemming voor het doorstroomdossier",
            en:
                "Lists every final-year vmbo student with the intended programme, the state of the application and the consent for the transfer dossier"
        ),
        flags: [
            Flag(
                "status", .choice(ApplicationStatus.names),
                help: Localized(nl: "Alleen leerlingen met deze status", en: "Only students with this status")),
            Flag(
                "instelling", aliases: ["institution"], .text,
                help: Localized(
                    nl: "Alleen leerlingen die naar deze mbo-instelling willen",
                    en: "Only students heading for this institution")),
            Flag(
                "klas", aliases: ["class"], .text,
                help: Localized(
                    nl: "Alleen leerlingen van deze klas, zoals K4A", en: "Only students of this class, such as K4A")),
        ],
        examples: [
            Example(
                "overdracht lijst", Localized(nl: "Alle examenleerlingen vmbo", en: "Every final-year vmbo student")),
            Example(
                "overdracht lijst --status niet-aangemeld --klas B4A",
                Localized(nl: "Wie in B4A nog niet aangemeld is", en: "Who in B4A has not applied yet")),
            Example(
                "overdracht lijst --instelling \"ROC Zuid\" | groepeer status",
                Localized(nl: "De aanmeldingen bij ROC Zuid per status", en: "The applications to ROC Zuid by status")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        var students = try store.handoverStudents()
        if let className = HandoverLookup.trimmed(arguments.text("klas")) {
            students = try Self.inClass(className, students, at: arguments.span("klas"))
        }
        if let status = arguments.text("status").flatMap(ApplicationStatus.init(rawValue:)) {
            students = students.filter { $0.status == status }
        }
        if let institution = HandoverLookup.trimmed(arguments.text("instelling")) {
            students = students.filter { student in
                student.application.map { HandoverLookup.sameInstitution($0.institution, institution) } ?? false
            }
        }
        let rows = students.map { student -> [Value] in
            let application = student.application
            return [
                .text(student.number), .text(student.fullName), .text(student.className), .text(student.schoolType),
                application.map { Value.text($0.institution) } ?? .nothing,
                application.map { Value.text($0.programme) } ?? .nothing,
                application?.level.map(Value.integer) ?? .nothing, .text(student.status.rawValue),
                HandoverLookup.dateCell(application?.date), HandoverLookup.consentCell(student),
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }

    /// The students of one final-year class (case does not count); an unknown class is an error that lists them.
    static func inClass(_ className: String, _ students: [HandoverStudent], at span: SourceSpan) throws(LOBError)
        -> [HandoverStudent]
    {
        let found = students.filter { $0.className.lowercased() == className.lowercased() }
        guard found.isEmpty else { return found }
        var classes: [String] = []
        for student in students where !classes.contains(student.className) { classes.append(student.className) }
        throw LOBError(
            .failed, Message(HandoverText.unknownClass, className, classes.joined(separator: ", ")), at: span)
    }
}
