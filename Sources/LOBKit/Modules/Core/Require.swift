/// `vereis NAAM [STANDAARD]` (alias `require`): a recipe's parameter, from `naam=waarde` or its default.
///
/// A `vereis` stands at the top of its script, before everything but `zet` and other `vereis`, so that a
/// missing parameter stops the recipe before it has done anything; the session checks that before the run.
struct Require: Command {
    static let spec = CommandSpec(
        "vereis", aliases: ["require"],
        summary: Localized(
            nl:
                "Een parameter van een recept: gezet met naam=waarde, anders de standaardwaarde, anders stopt het recept",
            en: "A recipe's parameter: set with name=value, else the default, else the recipe stops"),
        positionals: [
            Positional(
                "naam", .text,
                help: Localized(
                    nl: "De naam van de parameter, zonder $ (binnen het recept: $naam)",
                    en: "The parameter's name, without $ (inside the recipe: $name)")),
            Positional(
                "standaard", .text, .optional,
                help: Localized(
                    nl: "De waarde als de parameter niet is meegegeven; zonder standaard is hij verplicht",
                    en: "The value when the parameter is not given; without a default it is required")),
        ],
        examples: [
            Example(
                "vereis weken 4",
                Localized(
                    nl: "$weken is wat 'weken=…' meegaf, anders 4",
                    en: "$weken is what 'weken=…' gave, else 4")),
            Example(
                "vereis jaar $schooljaar",
                Localized(
                    nl: "Standaard het huidige schooljaar", en: "The current school year by default")),
            Example(
                "zet klas H4A; vereis klas",
                Localized(
                    nl:
                        "Verplicht (hier gezet met zet): zonder klas=… stopt het recept en toont het hoe je het aanroept",
                    en: "Required (here set with zet): without klas=… the recipe stops and shows how to call it")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let session = context.session
        let name = arguments.text("naam") ?? ""
        guard Parser.isName(name) else { throw LOBError.usage(.badVariableName, name, at: arguments.span("naam")) }
        if session.variable(name) != nil { return .nothing }
        if let fallback = arguments.text("standaard") {
            session.setVariable(name, fallback)
            return .nothing
        }
        throw LOBError.usage(
            .parameterMissing, name, session.scriptUsages.last ?? "\(name)=…", at: arguments.span("naam"))
    }
}
