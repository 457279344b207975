/// `voor RIJ in (PIJPLIJN) { … }` (alias `for … in`): the block once per row; the parser reads it, this
/// command gives it help, examples and completion.
struct ForEachRow: Command {
    static let spec = CommandSpec(
        "voor", aliases: ["for"],
        summary: Localized(
            nl: "Voert een blok uit voor elke rij van een tabel; $rij.kolom is de waarde in die rij",
            en: "Runs a block for each row of a table; $rij.kolom is the value in that row"),
        positionals: [
            Positional(
                "rij", .text,
                help: Localized(
                    nl: "De naam van de rij binnen het blok: $rij.kolom (of ${rij.kolom}); $rij alleen is de hele rij",
                    en: "The row's name inside the block: $rij.kolom (or ${rij.kolom}); $rij alone is the whole row")),
            Positional(
                "pijplijn", .text,
                help: Localized(
                    nl: "Tussen haakjes, na 'in': loopt één keer, vóór de lus; een lege tabel slaat het blok over",
                    en: "In parentheses, after 'in': runs once, before the loop; an empty table skips the block")),
            Positional(
                "blok", .text,
                help: Localized(
                    nl: "{ op dezelfde regel, dan opdrachten (elk een eigen transactie), dan }",
                    en: "{ on the same line, then statements (each its own transaction), then }")),
        ],
        examples: [
            Example(
                "voor rij in (leerling lijst --klas H4A | eerste 2) { echo $rij.roepnaam zit in $rij.klas }",
                Localized(nl: "Eén regel per leerling", en: "One line per student")),
            Example(
                "voor l in (leerling lijst --klas V4A | waar achternaam ~ ozdemir) { leerling toon ${l.leerlingnummer} }",
                Localized(nl: "Toont elke gevonden leerling", en: "Shows each student found")),
        ],
        usesStore: false,
        usage: Localized(nl: "voor RIJ in (PIJPLIJN) { … }", en: "for ROW in (PIPELINE) { … }")
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        throw LOBError.usage(.keywordInPipeline, "voor", at: context.callSpan)
    }
}
