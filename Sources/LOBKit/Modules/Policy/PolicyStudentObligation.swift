/// `beleid inspanningsverplichting [TEKST…] [--schooljaar]`: records or shows how students meet their
/// inspanningsverplichting (norm B3).
struct PolicyStudentObligation: Command {
    static let spec = CommandSpec(
        "inspanningsverplichting", group: "beleid", aliases: ["student-obligation"],
        summary: Localized(
            nl: "Legt vast hoe leerlingen aan hun inspanningsverplichting voldoen; zonder tekst: toont de huidige",
            en: "Records how students meet their inspanningsverplichting; without text: shows the current one"),
        positionals: [
            Positional(
                "tekst", .text, .variadic(minimum: 0),
                help: Localized(
                    nl: "De tekst (meerdere woorden worden met een spatie verbonden)",
                    en: "The text (several words are joined by a space)"))
        ],
        flags: [SharedFlags.schoolYear, SharedFlags.author],
        examples: [
            Example(
                "beleid inspanningsverplichting",
                Localized(nl: "Wat nu voor leerlingen geldt", en: "What holds for students now")),
            Example(
                "beleid inspanningsverplichting \"Elke leerling voert per jaar twee loopbaangesprekken en houdt het loopbaandossier bij\"",
                Localized(nl: "Een nieuwe tekst voor dit schooljaar", en: "A new text for this school year")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let schoolYear = context.schoolYear(arguments)
        guard arguments.isSet("tekst") else {
            guard let obligation = try store.currentStudentObligation(in: schoolYear) else {
                return .text(Message(.policyObligationNone, schoolYear.description).text(context.language))
            }
            let source =
                obligation.author.isEmpty
                ? Message(.policyAnswerSource, obligation.schoolYear.description, obligation.recorded.description)
                : Message(
                    .policyAnswerSourceBy, obligation.schoolYear.description, obligation.recorded.description,
                    obligation.author)
            return .text(obligation.text + "\n(" + source.text(context.language) + ")")
        }
        try store.addStudentObligation(
            StudentObligation(
                schoolYear: schoolYear, text: try PolicyFlags.text(arguments, "tekst"),
                author: context.author(arguments), recorded: context.today))
        return .text(Message(.policyObligationRecorded, schoolYear.description).text(context.language))
    }
}
