/// `leerling vertrek NUMMER [--datum DATUM]`: records that a student left the school; the retention period of
/// `privacy opschonen` counts from that date. `--ongedaan` takes it back.
///
/// A roster import never sets it: a re-import without a student may be an export of one vestiging or one
/// leerjaar, and only the school knows whether the student really left.
struct StudentLeave: Command {
    static let spec = CommandSpec(
        "vertrek", group: "leerling", aliases: ["leave"],
        summary: Localized(
            nl:
                "Legt vast dat een leerling de school verliet (standaard vandaag); de bewaartermijn van privacy opschonen telt vanaf die datum",
            en:
                "Records that a student left the school (default today); the retention period of privacy opschonen counts from that date"
        ),
        positionals: [
            Positional("nummer", .studentNumber, help: Localized(nl: "Het leerlingnummer", en: "The student number"))
        ],
        flags: [
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(
                    nl: "De dag van vertrek (standaard vandaag)", en: "The day the student left (default today)")),
            Flag.switch(
                "ongedaan", aliases: ["undo"],
                help: Localized(
                    nl: "De leerling is toch niet vertrokken: wist de datum",
                    en: "The student did not leave: clears the date")),
        ],
        examples: [
            Example(
                "leerling vertrek 1042 --datum 2026-07-31",
                Localized(nl: "1042 verliet de school op 31 juli 2026", en: "1042 left the school on 31 July 2026")),
            Example(
                "leerling vertrek 1042 --ongedaan",
                Localized(nl: "1042 is toch gebleven", en: "1042 stayed after all")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let number = arguments.text("nummer") ?? ""
        let undo = arguments.isSet("ongedaan")
        if undo, arguments.isSet("datum") {
            throw LOBError.usage(.studentLeaveDateOrUndo, at: arguments.span("ongedaan"))
        }
        let date = undo ? nil : arguments.date("datum") ?? context.today
        let store = try context.store()
        guard let student = try store.student(number: number), try store.setDeparture(number: number, date: date)
        else {
            throw LOBError(.failed, Message(.unknownStudent, number), at: arguments.span("nummer"))
        }
        guard let date else {
            return .text(Message(.studentLeaveUndone, number, student.fullName).text(context.language))
        }
        return .text(Message(.studentLeft, number, student.fullName, date.description).text(context.language))
    }
}
