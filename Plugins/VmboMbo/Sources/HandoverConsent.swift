import LOBKit

/// `overdracht toestemming NUMMER --door leerling|ouder [--datum] [--intrekken]`: records (or withdraws) consent
/// to share the student's doorstroomdossier with the mbo institution. Every event is kept; the latest counts.
struct HandoverConsent: Command {
    static let spec = CommandSpec(
        "toestemming", group: "overdracht", aliases: ["consent"],
        summary: Localized(
            nl:
                "Legt toestemming vast voor het delen van het doorstroomdossier met de mbo-instelling, of trekt die in",
            en: "Records consent to share the transfer dossier with the mbo institution, or withdraws it"),
        positionals: [
            Positional(
                "nummer", .studentNumber,
                help: Localized(
                    nl: "Het leerlingnummer van een leerling in vmbo leerjaar 4",
                    en: "The student number of a student in vmbo year 4"))
        ],
        flags: [
            Flag(
                "door", aliases: ["by"], .choice(ConsentGiver.names),
                help: Localized(
                    nl: "Wie toestemming geeft of intrekt: de leerling of een ouder/verzorger",
                    en: "Who gives or withdraws consent: the student or a parent/carer")),
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(nl: "Wanneer (standaard vandaag)", en: "When (default today)")),
            .switch(
                "intrekken", aliases: ["withdraw"],
                help: Localized(
                    nl: "Trekt de toestemming in: het dossier wordt niet meer geëxporteerd",
                    en: "Withdraws the consent: the dossier is no longer exported")),
        ],
        examples: [
            Example(
                "overdracht toestemming 1396 --door ouder",
                Localized(nl: "Een ouder van 1396 geeft vandaag toestemming", en: "A parent of 1396 consents today")),
            Example(
                "overdracht toestemming 1531 --door ouder --intrekken",
                Localized(nl: "Een ouder van 1531 trekt de toestemming in", en: "A parent of 1531 withdraws consent")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let student = try HandoverLookup.student(
            arguments.text("nummer") ?? "", in: store, at: arguments.span("nummer"))
        guard let giver = arguments.text("door").flatMap(ConsentGiver.init(rawValue:)) else {
            throw LOBError(.usage, Message(HandoverText.consentNeedsGiver), at: arguments.callSpan)
        }
        let date = arguments.date("datum") ?? context.today
        try HandoverLookup.checkNotFuture(date, today: context.today, flag: "--datum", at: arguments.span("datum"))
        let withdrawing = arguments.isSet("intrekken")
        if withdrawing, !student.mayBeShared {
            throw LOBError(
                .failed, Message(HandoverText.consentNothingToWithdraw, student.label), at: arguments.span("nummer"))
        }
        if let latest = student.consent, date < latest.date {
            throw LOBError(
                .failed,
                Message(HandoverText.consentOlderThanLatest, date.description, student.label, latest.date.description),
                at: arguments.span("datum"))
        }
        try store.addConsent(Consent(giver: giver, date: date, withdrawn: withdrawing), studentID: student.id)
        let key = withdrawing ? HandoverText.consentWithdrawn : HandoverText.consentRecorded
        return .text(Message(key, student.label, giver.rawValue, date.description).text(context.language))
    }
}
