/// `fout BERICHT` (alias `error`): stops the script with a message, as an error at that line (exit 1).
///
/// `--doorgaan` does not go past it: a recipe that says `fout` means it cannot go on.
struct Fail: Command {
    static let spec = CommandSpec(
        "fout", aliases: ["error"],
        summary: Localized(
            nl: "Stopt het script met een foutmelding (afsluitcode 1), ook met --doorgaan",
            en: "Stops the script with an error message (exit code 1), also with --doorgaan"),
        positionals: [
            Positional(
                "bericht", .text, .variadic(minimum: 1),
                help: Localized(
                    nl: "De melding (meerdere woorden worden met een spatie verbonden)",
                    en: "The message (several words are joined by a space)"))
        ],
        examples: [
            Example(
                "als (leerling lijst --klas H4A | aantal) = 0 { fout \"klas H4A heeft geen leerlingen\" }",
                Localized(
                    nl: "Stopt alleen als de klas leeg is", en: "Stops only when the class is empty"))
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        throw LOBError(.failed, Message(.scriptFailed, arguments.texts("bericht").joined(separator: " ")))
    }
}
