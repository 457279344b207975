import LOBKit

/// `overdracht registreer NUMMER --instelling … --opleiding … [--niveau] [--status] [--datum]`: records a
/// final-year vmbo student's intended mbo programme and where the application stands.
struct HandoverRegister: Command {
    static let spec = CommandSpec(
        "registreer", group: "overdracht", aliases: ["register"],
        summary: Localized(
            nl:
                "Legt de beoogde mbo-opleiding van een examenleerling vmbo vast, met de stand van de aanmelding (een tweede keer werkt bij wat je opgeeft)",
            en:
                "Records a final-year vmbo student's intended mbo programme and the state of the application (again: updates what you give)"
        ),
        positionals: [
            Positional(
                "nummer", .studentNumber,
                help: Localized(
                    nl: "Het leerlingnummer van een leerling in vmbo leerjaar 4",
                    en: "The student number of a student in vmbo year 4"))
        ],
        flags: [
            Flag(
                "instelling", aliases: ["institution"], .text,
                help: Localized(
                    nl: "De mbo-instelling, zoals ROC Zuid (nodig bij de eerste keer)",
                    en: "The mbo institution, such as ROC Zuid (needed the first time)")),
            Flag(
                "opleiding", aliases: ["programme"], .text,
                help: Localized(
                    nl: "De opleiding, zoals Verzorgende-IG (nodig bij de eerste keer)",
                    en: "The programme, such as Verzorgende-IG (needed the first time)")),
            Flag(
                "niveau", aliases: ["level"], .choice(["1", "2", "3", "4"]),
                help: Localized(nl: "Het mbo-niveau, 1 tot en met 4", en: "The mbo level, 1 to 4")),
            Flag(
                "status", .choice(ApplicationStatus.names),
                help: Localized(
                    nl: "De stand van de aanmelding (standaard aangemeld met --datum, anders niet-aangemeld)",
                    en: "Where the application stands (default aangemeld with --datum, else niet-aangemeld)")),
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(
                    nl: "De datum van de aanmelding (standaard vandaag zodra de leerling aangemeld is)",
                    en: "The date of the application (default today once the student has applied)")),
        ],
        examples: [
            Example(
                "overdracht registreer 1193 --instelling \"ROC Zuid\" --opleiding \"Helpende zorg en welzijn\" --niveau 2",
                Localized(
                    nl: "Eva wil Helpende zorg en welzijn doen, maar is nog niet aangemeld",
                    en: "Eva wants to do Helpende zorg en welzijn but has not applied yet")),
            Example(
                "overdracht registreer 1483 --datum 2026-11-20",
                Localized(
                    nl: "Boaz heeft zich op 20 november aangemeld voor de opleiding die hij al koos",
                    en: "Boaz applied on 20 November for the programme he had chosen")),
            Example(
                "overdracht registreer 1531 --status geplaatst",
                Localized(
                    nl: "Alleen de status bijwerken: de instelling heeft Mert geplaatst",
                    en: "Only update the status: the institution has placed Mert")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let student = try HandoverLookup.student(
            arguments.text("nummer") ?? "", in: store, at: arguments.span("nummer"))
        let existing = student.application
        guard let institution = HandoverLookup.trimmed(arguments.text("instelling")) ?? existing?.institution else {
            throw LOBError(
                .usage, Message(HandoverText.flagNeededFirstTime, "--instelling", student.label), at: arguments.callSpan
            )
        }
        let givenProgramme = HandoverLookup.trimmed(arguments.text("opleiding"))
        guard let programme = givenProgramme ?? existing?.programme else {
            throw LOBError(
                .usage, Message(HandoverText.flagNeededFirstTime, "--opleiding", student.label), at: arguments.callSpan)
        }
        let level: Int?
        if let text = arguments.text("niveau") {
            level = Int(text)
        } else {
            // Another programme has its own level: an old one is not carried over to it.
            level = givenProgramme == nil || givenProgramme == existing?.programme ? existing?.level : nil
        }
        let givenDate = arguments.date("datum")
        let status =
            arguments.text("status").flatMap(ApplicationStatus.init(rawValue:))
            ?? (givenDate != nil ? .applied : existing?.status ?? .notApplied)
        var date: LOBDate?
        if status == .notApplied {
            if givenDate != nil {
                throw LOBError(.usage, Message(HandoverText.dateWithoutApplication), at: arguments.span("datum"))
            }
        } else {
            date = givenDate ?? existing?.date ?? context.today
        }
        if let givenDate {
            try HandoverLookup.checkNotFuture(
                givenDate, today: context.today, flag: "--datum", at: arguments.span("datum"))
        }
        let application = Application(
            institution: institution, programme: programme, level: level, status: status, date: date)
        try store.saveApplication(application, studentID: student.id, today: context.today)

        let deadline = try AdmissionDeadline(context.schoolYear)
        if let date, !deadline.isOnTime(date), status != .rejected {
            let key = date > deadline.date ? HandoverText.appliedLate : HandoverText.appliedEarlierYear
            context.notice(Message(key, student.label, date.description, deadline.written(context.language)))
        }
        return .text(HandoverText.describe(student.label, application, context.language))
    }
}
