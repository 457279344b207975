import LOBKit

/// `hoger registreer NUMMER --instelling … --opleiding … [--datum] [--check] [--advies] [--advies-datum]`: records a
/// final-year havo or vwo student's registration for a bachelor programme, and later the studiekeuzecheck and its
/// advice. Another institution or programme is a new registration: its check and advice start empty.
struct HigherRegister: Command {
    static let spec = CommandSpec(
        "registreer", group: "hoger", aliases: ["register"],
        summary: Localized(
            nl:
                "Legt de aanmelding van een examenleerling havo/vwo voor een bacheloropleiding vast, en later de studiekeuzecheck en het advies (een tweede keer werkt bij wat je opgeeft)",
            en:
                "Records a final-year havo/vwo student's registration for a bachelor programme, and later the study choice check and its advice (again: updates what you give)"
        ),
        positionals: [
            Positional(
                "nummer", .studentNumber,
                help: Localized(
                    nl: "Het leerlingnummer van een leerling in havo 5 of vwo 6",
                    en: "The student number of a student in havo 5 or vwo 6"))
        ],
        flags: [
            Flag(
                "instelling", aliases: ["institution"], .text,
                help: Localized(
                    nl: "De hogeschool of universiteit, zoals Hogeschool Zuid (nodig bij de eerste keer)",
                    en: "The university, such as Hogeschool Zuid (needed the first time)")),
            Flag(
                "opleiding", aliases: ["programme"], .text,
                help: Localized(
                    nl: "De bacheloropleiding, zoals Pabo (nodig bij de eerste keer)",
                    en: "The bachelor programme, such as Pabo (needed the first time)")),
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(
                    nl: "De datum van de aanmelding in Studielink (standaard vandaag bij een nieuwe aanmelding)",
                    en: "The date of the registration in Studielink (default today for a new registration)")),
            Flag(
                "check", .date,
                help: Localized(
                    nl:
                        "Wanneer de leerling de studiekeuzecheck deed (standaard de adviesdatum zodra er een advies is)",
                    en: "When the student did the study choice check (default the advice date once there is advice)")),
            Flag(
                "advies", aliases: ["advice"], .choice(Advice.names),
                help: Localized(
                    nl: "Het advies van de studiekeuzecheck", en: "The advice of the study choice check")),
            Flag(
                "advies-datum", aliases: ["advice-date"], .date,
                help: Localized(
                    nl: "De datum van het advies (standaard vandaag)", en: "The date of the advice (default today)")),
        ],
        examples: [
            Example(
                "hoger registreer 1479 --instelling \"Hogeschool Zuid\" --opleiding Pabo --datum 2026-11-20",
                Localized(
                    nl: "Een leerling heeft zich op 20 november aangemeld voor de pabo",
                    en: "A student registered for the pabo on 20 November")),
            Example(
                "hoger registreer 1008 --check 2026-11-25 --advies twijfel",
                Localized(
                    nl: "De check is gedaan en het advies is twijfel", en: "The check was done and the advice is doubt")
            ),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let student = try VoHoLookup.student(arguments.text("nummer") ?? "", in: store, at: arguments.span("nummer"))
        let existing = student.registration
        guard let institution = VoHoLookup.trimmed(arguments.text("instelling")) ?? existing?.institution else {
            throw LOBError(
                .usage, Message(VoHoText.flagNeededFirstTime, "--instelling", student.label), at: arguments.callSpan)
        }
        guard let programme = VoHoLookup.trimmed(arguments.text("opleiding")) ?? existing?.programme else {
            throw LOBError(
                .usage, Message(VoHoText.flagNeededFirstTime, "--opleiding", student.label), at: arguments.callSpan)
        }
        let today = context.today
        for flag in ["datum", "check", "advies-datum"] {
            if let date = arguments.date(flag) {
                try VoHoLookup.checkNotFuture(date, today: today, flag: "--" + flag, at: arguments.span(flag))
            }
        }
        // A check and its advice belong to one programme at one institution.
        let same =
            existing.map { VoHoLookup.sameInstitution($0.institution, institution) && $0.programme == programme }
            ?? false
        var registration =
            same
            ? (existing ?? Registration(institution: institution, programme: programme, date: today))
            : Registration(institution: institution, programme: programme, date: today)
        registration.institution = institution
        if let date = arguments.date("datum") { registration.date = date }
        if let check = arguments.date("check") { registration.checkDate = check }
        if let advice = arguments.text("advies").flatMap(Advice.init(rawValue:)) {
            registration.advice = advice
            registration.adviceDate = arguments.date("advies-datum") ?? today
        } else if let date = arguments.date("advies-datum") {
            guard registration.advice != nil else {
                throw LOBError(.usage, Message(VoHoText.adviceDateWithoutAdvice), at: arguments.span("advies-datum"))
            }
            registration.adviceDate = date
        }
        if registration.advice != nil, registration.checkDate == nil {
            registration.checkDate = registration.adviceDate
        }
        if let check = registration.checkDate, check < registration.date {
            throw LOBError(
                .usage, Message(VoHoText.checkBeforeRegistration, check.description, registration.date.description),
                at: arguments.span(arguments.isSet("check") ? "check" : "datum"))
        }
        if let check = registration.checkDate, let adviceDate = registration.adviceDate, adviceDate < check {
            throw LOBError(
                .usage, Message(VoHoText.adviceBeforeCheck, adviceDate.description, check.description),
                at: arguments.span(arguments.isSet("advies-datum") ? "advies-datum" : "check"))
        }
        try store.saveRegistration(registration, studentID: student.id, today: today)

        let deadline = try RegistrationDeadline(context.schoolYear)
        if !deadline.isOnTime(registration.date) {
            let key = registration.date > deadline.date ? VoHoText.registeredLate : VoHoText.registeredEarlierYear
            context.notice(
                Message(key, student.label, registration.date.description, deadline.written(context.language)))
        }
        if let existing, !same, existing.checkDate != nil || existing.advice != nil {
            context.notice(Message(VoHoText.newRegistrationClearsCheck, existing.programme, existing.institution))
        }
        return .text(VoHoText.describe(student.label, registration, context.language))
    }
}
