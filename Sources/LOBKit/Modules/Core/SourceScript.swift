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
                "parameters", .text, .variadic(minimum: 0),
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
        guard !session.scriptStack.contains(resolved) else {
            throw LOBError.usage(.scriptIncludesItself, path, at: span)
        }
        let data = try context.readFile(resolved, at: span)
        guard let text = String(data: data, encoding: .utf8) else {
            throw LOBError(.failed, Message(.fileNotUTF8, path), at: span)
        }
        for (parameter, parameterSpan) in zip(arguments.texts("parameters"), arguments.spans("parameters")) {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw LOBError.usage(.expectedParameter, parameter, at: parameterSpan)
            }
            session.setVariable(String(parameter[..<equals]), String(parameter[parameter.index(after: equals)...]))
        }
        session.scriptStack.append(resolved)
        defer { session.scriptStack.removeLast() }
        try session.runThrowing(Source(name: session.displayPath(resolved), text: text))
        return .nothing
    }
}

extension Session {
    /// A path as errors show it: relative to the working directory when it is below it.
    func displayPath(_ path: String) -> String {
        let directory = workingDirectory
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
