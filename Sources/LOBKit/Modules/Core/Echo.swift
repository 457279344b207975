/// `echo TEKST…`: prints its words, joined by a space.
struct Echo: Command {
    static let spec = CommandSpec(
        "echo",
        summary: Localized(
            nl: "Drukt tekst af (met $variabelen ingevuld)", en: "Prints text (with $variables filled in)"),
        positionals: [
            Positional(
                "tekst", .text, .variadic(minimum: 0),
                help: Localized(nl: "De woorden om af te drukken", en: "The words to print"))
        ],
        examples: [
            Example("echo hoi", Localized(nl: "Drukt 'hoi' af", en: "Prints 'hoi'")),
            Example("echo \"Schooljaar $schooljaar\"", Localized(nl: "Met een variabele", en: "With a variable")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        .text(arguments.texts("tekst").joined(separator: " "))
    }
}
