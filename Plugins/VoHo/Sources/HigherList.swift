import LOBKit

/// `hoger lijst [--advies] [--klas] [--instelling]`: every final-year havo and vwo student with their registration,
/// whether it gives the right to a studiekeuzecheck (`op-tijd`), the check and the advice; a student without a
/// registration is `niet-aangemeld`.
struct HigherList: Command {
    static let columns = [
        "leerlingnummer", "naam", "klas", "status", "instelling", "opleiding", "aanmelddatum", "op-tijd", "check",
        "advies", "advies-datum",
    ]

    /// `--advies`: one of the advices, or `geen` for everyone without one (yet).
    static let adviceChoices = Advice.names + ["geen"]

    static let spec = CommandSpec(
        "lijst", group: "hoger", aliases: ["list"],
        summary: Localized(
            nl:
                "Toont alle examenleerlingen havo en vwo met hun aanmelding voor het hoger onderwijs, of die uiterlijk 1 mei was, de studiekeuzecheck en het advies",
            en:
                "Lists every final-year havo and vwo student with their registration for higher education, whether it was by 1 May, the study choice check and the advice"
        ),
        flags: [
            Flag(
                "advies", aliases: ["advice"], .choice(adviceChoices),
                help: Localized(
                    nl: "Alleen leerlingen met dit advies (geen: nog zonder advies)",
                    en: "Only students with this advice (geen: without advice so far)")),
            Flag(
                "klas", aliases: ["class"], .text,
                help: Localized(
                    nl: "Alleen leerlingen van deze klas, zoals H5A", en: "Only students of this class, such as H5A")),
            Flag(
                "instelling", aliases: ["institution"], .text,
                help: Localized(
                    nl: "Alleen leerlingen die bij deze instelling zijn aangemeld",
                    en: "Only students registered at this institution")),
        ],
        examples: [
            Example("hoger lijst", Localized(nl: "Alle examenleerlingen havo en vwo", en: "Every final-year student")),
            Example(
                "hoger lijst --advies twijfel --klas H5A",
                Localized(nl: "Wie in H5A advies twijfel kreeg", en: "Who in H5A got the advice doubt")),
            Example(
                "hoger lijst | groepeer status",
                Localized(nl: "Hoe ver iedereen is", en: "How far everyone has come")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        var students = try context.store().finalYearStudents()
        if let className = VoHoLookup.trimmed(arguments.text("klas")) {
            students = try VoHoLookup.inClass(className, students, at: arguments.span("klas"))
        }
        if let advice = arguments.text("advies") {
            students = students.filter { ($0.registration?.advice?.rawValue ?? "geen") == advice }
        }
        if let institution = VoHoLookup.trimmed(arguments.text("instelling")) {
            students = students.filter { student in
                student.registration.map { VoHoLookup.sameInstitution($0.institution, institution) } ?? false
            }
        }
        let deadline = try RegistrationDeadline(context.schoolYear)
        let rows = students.map { student -> [Value] in
            let registration = student.registration
            return [
                .text(student.number), .text(student.fullName), .text(student.className),
                .text(student.stage.rawValue), registration.map { Value.text($0.institution) } ?? .nothing,
                registration.map { Value.text($0.programme) } ?? .nothing, VoHoLookup.dateCell(registration?.date),
                registration.map { Value.text(deadline.isOnTime($0.date) ? "ja" : "nee") } ?? .nothing,
                VoHoLookup.dateCell(registration?.checkDate),
                registration?.advice.map { Value.text($0.rawValue) } ?? .nothing,
                VoHoLookup.dateCell(registration?.adviceDate),
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }
}
