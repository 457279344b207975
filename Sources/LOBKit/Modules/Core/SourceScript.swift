import Foundation

/// `bron BESTAND` (alias `source`): runs a script in this session; paths are relative to the including script.
struct SourceScript: Command {
    static let spec = CommandSpec(
        "bron", aliases: ["source"],
        summary: Localized(
            nl: "Voert een script uit in deze sessie (variabelen blijven staan)",
            en: "Runs a script in this session (variables stay set)"),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl: "Het .lob-script; relatief aan het script dat het aanroept",
                    en: "The .lob script; relative to the script that calls it")),
            Positional(
                "parameters", .scriptParameter, .variadic(minimum: 0),
                help: Localized(
                    nl: "naam=waarde-paren die als variabelen binnenkomen",
                    en: "name=value pairs that come in as variables")),
        ],
        examples: [
            Example("bron weekstart.lob", Localized(nl: "Voert een recept uit", en: "Runs a recipe")),
            Example(
                "bron weekstart.lob klas=H4A",
                Localized(
                    nl: "Met een parameter: binnen het recept is $klas H4A",
                    en: "With a parameter: inside the recipe $klas is H4A")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let session = context.session
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        // Relative to the including script's folder, or the working directory at the prompt.
        var base = session.workingDirectory
        if let including = span.source.name, including.hasSuffix(".lob") || session.scriptStack.contains(including) {
            base = URL(fileURLWithPath: Session.resolve(including, relativeTo: base)).deletingLastPathComponent().path
        }
        let resolved = Session.resolve(path, relativeTo: base)
        try session.runScript(
            at: resolved, typed: path,
            parameters: Array(zip(arguments.texts("parameters"), arguments.spans("parameters"))),
            context: context, at: span)
        return .nothing
    }
}
