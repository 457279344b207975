/// `demo herstel` (alias `demo reset`): the demo school back as it started, with a fresh in-memory store.
///
/// Only in a session opened as the demo (`lobsh --demo`); on a real database it refuses and changes nothing.
/// Variables and settings (`$vandaag`, the theme, the language) stay: a trainer who fixed the date keeps it.
struct DemoReset: Command {
    static let spec = CommandSpec(
        "herstel", group: "demo", aliases: ["reset"],
        summary: Localized(
            nl:
                "Zet de demoschool terug zoals ze begon (alleen met lobsh --demo); variabelen en instellingen blijven",
            en: "Puts the demo school back as it started (lobsh --demo only); variables and settings stay"),
        examples: [
            Example(
                "demo herstel",
                Localized(
                    nl: "Alle gegevens van de demoschool weer zoals bij de start",
                    en: "All data of the demo school as it was at the start"))
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        try context.session.resetStore()
        return .text(Message(.demoResetDone).text(context.language))
    }
}
