/// `naar FORMAAT` (alias `to`): renders the result as a table, CSV, TSV, JSON or Markdown.
struct To: Command {
    static let spec = CommandSpec(
        "naar", aliases: ["to"],
        summary: Localized(
            nl: "Zet het resultaat om naar tabel, csv, tsv, json of md",
            en: "Renders the result as table, csv, tsv, json or md"),
        positionals: [
            Positional("formaat", .choice(OutputFormat.names), help: Localized(nl: "Het formaat", en: "The format"))
        ],
        examples: [
            Example(
                "leerling lijst --klas H4A | kolommen leerlingnummer achternaam | naar csv",
                Localized(nl: "Als CSV", en: "As CSV")),
            Example(
                "leerling toon 1042 | naar json", Localized(nl: "Eén leerling als JSON", en: "One student as JSON")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        guard let format = OutputFormat(name: arguments.text("formaat") ?? "") else {
            throw LOBError.usage(
                .unknownChoice, arguments.text("formaat") ?? "", "formaat", OutputFormat.names.joined(separator: ", "),
                at: arguments.span("formaat"))
        }
        return .text(Renderer(language: context.language, colour: false).render(input, as: format))
    }
}
