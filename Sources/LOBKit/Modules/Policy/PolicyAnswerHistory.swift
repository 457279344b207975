/// `beleid geschiedenis [VRAAG]`: every answer ever recorded, oldest first.
struct PolicyAnswerHistory: Command {
    static let spec = CommandSpec(
        "geschiedenis", group: "beleid", aliases: ["history"],
        summary: Localized(
            nl: "Toont alle vastgelegde antwoorden op de beleidsvragen, oudste eerst",
            en: "Lists every recorded answer to the policy questions, oldest first"),
        positionals: [
            Positional(
                "vraag", .choice(PolicyQuestion.ids), .optional,
                help: Localized(nl: "Alleen deze vraag (P1 tot en met P7)", en: "Only this question (P1 to P7)"))
        ],
        examples: [
            Example("beleid geschiedenis", Localized(nl: "Alle antwoorden", en: "All answers")),
            Example(
                "beleid geschiedenis P3",
                Localized(nl: "Hoe het antwoord op P3 veranderde", en: "How P3's answer changed")
            ),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let question = arguments.text("vraag").flatMap(PolicyQuestion.init(rawValue:))
        let rows = try context.store().policyAnswers(to: question).map { answer -> [Value] in
            [
                .text(answer.question.rawValue), .schoolYear(answer.schoolYear), .date(answer.recorded),
                .optionalText(answer.author), .text(answer.text),
            ]
        }
        return .table(Table(columns: ["vraag", "schooljaar", "vastgelegd", "door", "tekst"], rows: rows))
    }
}
