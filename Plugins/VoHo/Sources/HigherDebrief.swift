import LOBKit

/// `hoger nagesprek NUMMER --met ROL:NAAM … [--verslag] [--afspraak] [--voor] [--datum]`: records the conversation
/// that follows the advice of a studiekeuzecheck, through `gesprek nieuw`: a keuzegesprek on the topic
/// `studiekeuzecheck`, its verslag opening with the advice, programme and institution.
struct HigherDebrief: Command {
    static let topic = "studiekeuzecheck"

    static let spec = CommandSpec(
        "nagesprek", group: "hoger", aliases: ["debrief"],
        summary: Localized(
            nl:
                "Legt het gesprek na het advies van de studiekeuzecheck vast (als keuzegesprek via gesprek nieuw, met het advies in het verslag)",
            en:
                "Records the conversation after the advice of the study choice check (as a choice conversation through gesprek nieuw, with the advice in the report)"
        ),
        positionals: [
            Positional(
                "nummer", .studentNumber,
                help: Localized(
                    nl: "Het leerlingnummer van een leerling met een advies", en: "The number of a student with advice")
            )
        ],
        flags: [
            Flag(
                "met", aliases: ["with"], .text, repeatable: true,
                help: Localized(
                    nl:
                        "Een deelnemer als rol:naam, zoals decaan:\"M. Jansen\" (rollen: mentor, decaan, ouder, docent, anders)",
                    en:
                        "A participant as role:name, such as decaan:\"M. Jansen\" (roles: mentor, decaan, ouder, docent, anders)"
                )),
            Flag(
                "verslag", aliases: ["report"], .text,
                help: Localized(
                    nl: "Wat er besproken is (de leerling mag het lezen)",
                    en: "What was discussed (the student may read it)")),
            Flag(
                "afspraak", aliases: ["agreement"], .text,
                help: Localized(nl: "Een afspraak voor de leerling", en: "An agreed action for the student")),
            Flag(
                "voor", aliases: ["due"], .date,
                help: Localized(nl: "Wanneer de afspraak af moet zijn", en: "When the agreed action is due")),
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(
                    nl: "Wanneer het gesprek was (standaard vandaag; niet voor het advies)",
                    en: "When the conversation was held (default today; not before the advice)")),
        ],
        examples: [
            Example(
                "hoger nagesprek 1692 --met decaan:\"M. Jansen\" --verslag \"Samen de twijfels over verpleegkunde besproken.\" --afspraak \"Meeloopdag verpleegkunde\" --voor 2027-01-31",
                Localized(
                    nl: "Het nagesprek met de decaan, met een afspraak",
                    en: "The follow-up with the decaan, with an agreed action"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let student = try VoHoLookup.student(arguments.text("nummer") ?? "", in: store, at: arguments.span("nummer"))
        guard let registration = student.registration, let advice = registration.advice,
            let adviceDate = registration.adviceDate
        else {
            throw LOBError(.failed, Message(VoHoText.noAdvice, student.label), at: arguments.span("nummer"))
        }
        if arguments.isSet("voor"), VoHoLookup.trimmed(arguments.text("afspraak")) == nil {
            throw LOBError(.usage, Message(VoHoText.dueWithoutAgreement), at: arguments.span("voor"))
        }
        let date = arguments.date("datum") ?? context.today
        if date < adviceDate {
            throw LOBError(
                .usage, Message(VoHoText.debriefBeforeAdvice, date.description, adviceDate.description),
                at: arguments.span("datum"))
        }
        let opening = VoHoText.fill(
            VoHoText.debriefOpening, [advice.rawValue, registration.programme, registration.institution], .dutch)
        let report = [opening, VoHoLookup.trimmed(arguments.text("verslag"))].compactMap { $0 }.joined(separator: " ")
        var words = [
            "gesprek nieuw", student.number, "--soort keuzegesprek --onderwerp", Self.topic, "--verslag",
            VoHoLookup.quoted(report), "--datum", date.description,
        ]
        for participant in arguments.texts("met") { words += ["--met", VoHoLookup.quoted(participant)] }
        if let agreement = VoHoLookup.trimmed(arguments.text("afspraak")) {
            words += ["--afspraak", VoHoLookup.quoted(agreement)]
            if let due = arguments.date("voor") { words += ["--voor", due.description] }
        }
        return try context.evaluate(words.joined(separator: " "))
    }
}
