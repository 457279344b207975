/// `database controle`: SQLite's integrity check of the open database.
struct DatabaseCheck: Command {
    static let spec = CommandSpec(
        "controle", group: "database", aliases: ["check"],
        summary: Localized(
            nl: "Controleert de database op beschadiging (PRAGMA integrity_check); een fout als er iets mis is",
            en: "Checks the database for damage (PRAGMA integrity_check); an error when something is wrong"),
        examples: [
            Example("database controle", Localized(nl: "Is de database in orde?", en: "Is the database sound?"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let problems = try context.store().integrityProblems()
        if problems.isEmpty { return .text(Message(.databaseSound).text(context.language)) }
        throw LOBError(
            .failed, Message(.databaseDamaged, String(problems.count)), at: context.callSpan,
            details: problems.prefix(20).map { Message(.databaseDamageDetail, $0) })
    }
}
