import Foundation

/// `recepten` (alias `recipes`): the recipes lobsh can find, with what they answer and their parameters.
struct ListRecipes: Command {
    static let columns = ["naam", "omschrijving", "parameters", "map"]

    static let spec = CommandSpec(
        "recepten", aliases: ["recipes"],
        summary: Localized(
            nl:
                "Toont de recepten die lobsh vindt: Recipes/ (hier en bij lobsh), ~/.config/lobsh/recepten, $LOBSH_RECEPTEN; bij dezelfde naam wint de eerste plaats",
            en:
                "Lists the recipes lobsh finds: Recipes/ (here and next to lobsh), ~/.config/lobsh/recepten, $LOBSH_RECEPTEN; of two with one name the first place wins"
        ),
        examples: [
            Example(
                "recepten", Localized(nl: "Alle recepten met hun parameters", en: "Every recipe with its parameters")),
            Example(
                "recepten | waar naam ~ opvolging | kolommen naam parameters",
                Localized(
                    nl: "Hoe je de recepten over opvolging aanroept", en: "How to call the recipes about follow-up")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let session = context.session
        let rows = session.recipeBook.recipes().map { recipe -> [Value] in
            let folder = URL(fileURLWithPath: recipe.path).deletingLastPathComponent().path
            let here = URL(fileURLWithPath: session.workingDirectory).standardizedFileURL.path
            return [
                .text(recipe.name), .optionalText(recipe.summary), .optionalText(recipe.usage),
                .text(folder == here ? "." : session.displayPath(folder)),
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }
}
