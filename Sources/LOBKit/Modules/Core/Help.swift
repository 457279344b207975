/// `help [GROEP [WERKWOORD]]`: help from the registry, in the session's language.
struct Help: Command {
    static let spec = CommandSpec(
        "help", aliases: ["hulp", "?"],
        summary: Localized(
            nl: "Toont hulp: alle commando's, een groep, een module of één commando",
            en: "Shows help: all commands, a group, a module, or one command"),
        positionals: [
            Positional(
                "onderwerp", .text, .variadic(minimum: 0),
                help: Localized(
                    nl: "Een groep, module of commando, zoals 'leerling lijst'",
                    en: "A group, module or command, such as 'leerling lijst'"))
        ],
        examples: [
            Example("help", Localized(nl: "Het overzicht", en: "The overview")),
            Example("help leerling", Localized(nl: "De commando's van een groep", en: "A group's commands")),
            Example("help leerling importeer", Localized(nl: "Eén commando", en: "One command")),
            Example("help waar", Localized(nl: "Een filter", en: "A filter")),
            Example("help kern", Localized(nl: "De commando's van een module", en: "A module's commands")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let registry = context.session.registry
        let help = HelpText(registry: registry, language: context.language)
        let words = arguments.texts("onderwerp")
        let spans = arguments.spans("onderwerp")
        guard let first = words.first, let firstSpan = spans.first else { return .text(help.overview()) }
        if let group = registry.group(named: first) {
            guard words.count > 1 else { return .text(help.group(group)) }
            guard let command = registry.command(words[1], inGroup: group) else {
                let verbs = registry.commands(inGroup: group).flatMap { type(of: $0).spec.allNames }
                if let suggestion = Suggestion.closest(to: words[1], in: verbs) {
                    throw LOBError.usage(
                        .unknownVerbSuggest, words[1], group.name, "\(group.name) \(suggestion)", at: spans[1])
                }
                throw LOBError.usage(.unknownVerb, words[1], group.name, verbs.joined(separator: ", "), at: spans[1])
            }
            return .text(help.command(type(of: command).spec))
        }
        if let command = registry.topLevelCommand(named: first) {
            return .text(help.command(type(of: command).spec))
        }
        if let module = registry.modules.first(where: { $0.name == first }) {
            return .text(help.module(module))
        }
        if let suggestion = Suggestion.closest(to: first, in: registry.firstWords) {
            throw LOBError.usage(.unknownCommandSuggest, first, suggestion, at: firstSpan)
        }
        throw LOBError.usage(.unknownCommand, first, at: firstSpan)
    }
}
