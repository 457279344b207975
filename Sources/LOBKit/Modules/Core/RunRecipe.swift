/// `recept NAAM [naam=waarde…]` (alias `recipe`): runs a recipe by name, as `bron` runs a script by path.
struct RunRecipe: Command {
    static let spec = CommandSpec(
        "recept", aliases: ["recipe"],
        summary: Localized(
            nl: "Voert een recept uit op naam (zie recepten), in deze sessie",
            en: "Runs a recipe by name (see recepten), in this session"),
        positionals: [
            Positional(
                "naam", .recipe,
                help: Localized(
                    nl: "De naam van het recept: de bestandsnaam zonder .lob",
                    en: "The recipe's name: its file name without .lob"
                )),
            Positional(
                "parameters", .scriptParameter, .variadic(minimum: 0),
                help: Localized(
                    nl: "naam=waarde-paren voor de vereis-regels van het recept",
                    en: "name=value pairs for the recipe's vereis lines")),
        ],
        examples: [
            Example(
                "recept wekelijkse-opvolging weken=4",
                Localized(
                    nl: "Leerlingen zonder gesprek in de laatste vier weken, per mentor",
                    en: "Students without a conversation in the last four weeks, per mentor")),
            Example(
                "recept afspraken-verlopen",
                Localized(nl: "Verlopen afspraken per mentor", en: "Overdue agreed actions per mentor")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let session = context.session
        let name = arguments.text("naam") ?? ""
        let span = arguments.span("naam")
        let book = session.recipeBook
        guard let recipe = book.recipe(named: name) else {
            if let suggestion = Suggestion.closest(to: name, in: book.names()) {
                throw LOBError.usage(.unknownRecipeSuggest, name, suggestion, at: span)
            }
            throw LOBError.usage(.unknownRecipe, name, at: span)
        }
        try session.runScript(
            at: recipe.path, typed: name,
            parameters: Array(zip(arguments.texts("parameters"), arguments.spans("parameters"))),
            usageName: "recept " + recipe.name, context: context, at: span)
        return .nothing
    }
}
