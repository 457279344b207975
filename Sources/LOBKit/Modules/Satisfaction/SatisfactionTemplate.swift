/// `tevredenheid sjabloon [--invulblad]`: the short LOB questionnaire built into LOBKit, so that a school measures
/// LOB satisfaction itself; `--invulblad` gives the empty answer sheet that `tevredenheid importeer` reads back.
struct SatisfactionTemplate: Command {
    static let spec = CommandSpec(
        "sjabloon", group: "tevredenheid", aliases: ["template"],
        summary: Localized(
            nl: "Geeft de korte LOB-vragenlijst (LOB01 … LOB10, schaal 1–5) om zelf af te nemen, of het invulblad "
                + "dat tevredenheid importeer terugleest",
            en: "Gives the short LOB questionnaire (LOB01 … LOB10, scale 1–5) to run yourself, or the answer sheet "
                + "that tevredenheid importeer reads back"),
        flags: [
            Flag.switch(
                "invulblad", aliases: ["answer-sheet"],
                help: Localized(
                    nl: "Het lege invulblad: kolommen respondent, schooltype, leerjaar, LOB01 … LOB10, opmerking en "
                        + "deelbaar, één rij per leerling in te vullen",
                    en: "The empty answer sheet: columns respondent, schooltype, leerjaar, LOB01 … LOB10, opmerking "
                        + "and deelbaar, one row per student to fill in"))
        ],
        examples: [
            Example(
                "tevredenheid sjabloon > lob-vragenlijst.csv",
                Localized(
                    nl: "De vragenlijst als CSV, om in een enquêteprogramma te zetten",
                    en: "The questionnaire as CSV, to put into a survey tool")),
            Example(
                "tevredenheid sjabloon --invulblad > antwoorden.csv",
                Localized(
                    nl: "Het invulblad; ingevuld lees je het in met tevredenheid importeer antwoorden.csv",
                    en: "The answer sheet; once filled in, read it with tevredenheid importeer antwoorden.csv")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let items = SatisfactionItem.lobQuestionnaire
        if arguments.isSet("invulblad") {
            let columns = ["respondent", "schooltype", "leerjaar"] + items.map(\.id) + ["opmerking", "deelbaar"]
            return .table(Table(columns: columns, rows: []))
        }
        let scale = SatisfactionItem.scale.text(context.language)
        return .table(
            Table(
                columns: ["item", "thema", "vraag", "schaal"],
                rows: items.map { item in
                    [
                        .text(item.id), .text(item.theme.rawValue), .text(item.question.text(context.language)),
                        .text(scale),
                    ]
                }))
    }
}
