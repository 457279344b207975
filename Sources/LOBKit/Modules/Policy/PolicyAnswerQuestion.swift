/// `beleid beantwoord VRAAG TEKST… [--schooljaar] [--door]`: records an answer; earlier ones stay as history.
struct PolicyAnswerQuestion: Command {
    static let spec = CommandSpec(
        "beantwoord", group: "beleid", aliases: ["answer"],
        summary: Localized(
            nl: "Legt een antwoord op een beleidsvraag vast; eerdere antwoorden blijven bewaard",
            en: "Records an answer to a policy question; earlier answers are kept"),
        positionals: [
            Positional(
                "vraag", .choice(PolicyQuestion.ids),
                help: Localized(nl: "De vraag: P1 tot en met P7", en: "The question: P1 to P7")),
            Positional(
                "tekst", .text, .variadic(minimum: 1),
                help: Localized(
                    nl: "Het antwoord (meerdere woorden worden met een spatie verbonden)",
                    en: "The answer (several words are joined by a space)")),
        ],
        flags: [SharedFlags.schoolYear, SharedFlags.author],
        examples: [
            Example(
                "beleid beantwoord P3 \"Keuzebekwaamheid vanaf leerjaar 1, met extra aandacht voor de profielkeuze\"",
                Localized(nl: "Een antwoord voor dit schooljaar", en: "An answer for this school year")),
            Example(
                "beleid beantwoord P7 De decaan coördineert, mentoren voeren de gesprekken --door \"M. Jansen\"",
                Localized(
                    nl: "Zonder aanhalingstekens, met wie het vastlegt", en: "Without quotes, naming who records it")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        guard let question = arguments.text("vraag").flatMap(PolicyQuestion.init(rawValue:)) else {
            throw LOBError.usage(.missingArgument, "VRAAG", Self.spec.displayName, at: arguments.span("vraag"))
        }
        let text = try PolicyFlags.text(arguments, "tekst")
        let schoolYear = context.schoolYear(arguments)
        try context.store().addPolicyAnswer(
            PolicyAnswer(
                question: question, schoolYear: schoolYear, text: text, author: context.author(arguments),
                recorded: context.today))
        return .text(Message(.policyAnswerRecorded, question.rawValue, schoolYear.description).text(context.language))
    }
}
