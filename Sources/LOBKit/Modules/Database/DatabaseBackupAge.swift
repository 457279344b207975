/// `database backupleeftijd [DAGEN]`: how old the last backup may be before lobsh reminds.
struct DatabaseBackupAge: Command {
    static let spec = CommandSpec(
        "backupleeftijd", group: "database", aliases: ["backup-age"],
        summary: Localized(
            nl:
                "Toont of zet hoeveel dagen de laatste backup oud mag zijn; daarna herinnert lobsh er bij het interactief starten aan, hoogstens eens per week (0: nooit)",
            en:
                "Shows or sets how many days old the last backup may be; after that lobsh reminds you at an interactive start, at most once a week (0: never)"
        ),
        positionals: [
            Positional(
                "dagen", .integer, .optional,
                help: Localized(nl: "Het aantal dagen, 0 tot en met 365", en: "The number of days, 0 to 365"))
        ],
        examples: [
            Example("database backupleeftijd", Localized(nl: "De huidige instelling", en: "The current setting")),
            Example(
                "database backupleeftijd 14",
                Localized(nl: "Eens per twee weken is genoeg", en: "Every two weeks will do")
            ),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        guard arguments.isSet("dagen") else {
            return .text(Message(.backupAgeIs, String(try store.backupAgeDays())).text(context.language))
        }
        let days = arguments.integer("dagen") ?? -1
        guard (0...365).contains(days) else {
            throw LOBError(
                .usage, Message(.backupAgeRange, arguments.text("dagen") ?? ""), at: arguments.span("dagen"))
        }
        try store.setBackupAgeDays(days)
        return .text(Message(.backupAgeIs, String(days)).text(context.language))
    }
}
