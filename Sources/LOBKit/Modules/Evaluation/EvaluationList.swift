/// `evaluatie lijst [--schooljaar]`: the evaluations held, by date.
struct EvaluationList: Command {
    static let columns = ["datum", "schooljaar", "met", "gegevens", "besluiten"]

    static let spec = CommandSpec(
        "lijst", group: "evaluatie", aliases: ["list"],
        summary: Localized(
            nl: "Toont de gehouden evaluaties: datum, schooljaar, met wie, gegevens en besluiten",
            en: "Lists the evaluations held: date, school year, with whom, data and decisions"),
        flags: [
            Flag(
                "schooljaar", aliases: ["school-year"], .schoolYear,
                help: Localized(nl: "Alleen dit schooljaar (standaard alle)", en: "Only this school year (default all)")
            )
        ],
        examples: [
            Example("evaluatie lijst", Localized(nl: "Alle evaluaties", en: "Every evaluation")),
            Example(
                "evaluatie lijst | waar met ~ mr", Localized(nl: "Die met de MR", en: "Those with the MR")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let rows = try context.store().evaluations(schoolYear: arguments.schoolYear("schooljaar")).map {
            evaluation -> [Value] in
            [
                .date(evaluation.date), .schoolYear(evaluation.schoolYear), .text(evaluation.partyList),
                .optionalText(evaluation.dataList), .optionalText(evaluation.decisions),
            ]
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }
}
