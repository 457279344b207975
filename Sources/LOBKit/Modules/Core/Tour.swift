/// `rondleiding` (alias `tour`): a short guided tour to type along with, for a first session or a workshop.
struct Tour: Command {
    static let spec = CommandSpec(
        "rondleiding", aliases: ["tour"],
        summary: Localized(
            nl: "Een korte rondleiding: opdrachten om na te typen op de demoschool",
            en: "A short tour: commands to type along with on the demo school"),
        examples: [Example("rondleiding", Localized(nl: "Toont de rondleiding", en: "Shows the tour"))],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        .text(Message(.tourText).text(context.language))
    }
}
