/// `beleid vragen [--schooljaar]`: the seven policy questions and whether each has an answer that year.
struct PolicyQuestionList: Command {
    static let spec = CommandSpec(
        "vragen", group: "beleid", aliases: ["questions"],
        summary: Localized(
            nl: "Toont de zeven beleidsvragen en of ze voor het schooljaar beantwoord zijn",
            en: "Lists the seven policy questions and whether they are answered for the school year"),
        flags: [SharedFlags.schoolYear],
        examples: [
            Example("beleid vragen", Localized(nl: "De vragen van dit schooljaar", en: "This school year's questions")),
            Example(
                "beleid vragen | waar beantwoord = nee",
                Localized(nl: "De vragen die nog open staan", en: "The questions still open")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let answers = try context.store().currentPolicyAnswers(in: context.schoolYear(arguments))
        let rows = PolicyQuestion.allCases.map { question -> [Value] in
            [.text(question.rawValue), .text(question.text.text(context.language)), .yesNo(answers[question] != nil)]
        }
        return .table(Table(columns: ["vraag", "tekst", "beantwoord"], rows: rows))
    }
}
