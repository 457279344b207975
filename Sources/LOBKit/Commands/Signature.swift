/// The type of a flag's or positional's value; binding, help and completion all read it.
public enum ArgumentType: Sendable, Equatable {
    case text
    case integer
    case decimal
    case date
    case schoolYear
    case choice([String])
    /// A path to a file; completion offers file names.
    case file
    /// A student number; completion offers the numbers and names in the store.
    case studentNumber
    /// An activity's code; completion offers the codes in the store.
    case activityCode
    /// `field=Header` pairs (such as `--kolom klas=Groep`); the keys are the choices.
    case mapping(keys: [String])
    /// A recipe's name (`recept wekelijkse-opvolging`); completion offers the recipes lobsh can find.
    case recipe
    /// A `naam=waarde` parameter of the script or recipe an earlier positional names; completion offers
    /// `naam=` for each of its `vereis` lines.
    case scriptParameter

    /// The placeholder help shows for a value of this type.
    func placeholder(_ language: UILanguage) -> String {
        let english = language == .english
        switch self {
        case .text: return english ? "TEXT" : "TEKST"
        case .integer: return english ? "NUMBER" : "GETAL"
        case .decimal: return english ? "DECIMAL" : "DECIMAAL"
        case .date: return english ? "DATE" : "DATUM"
        case .schoolYear: return english ? "SCHOOLYEAR" : "SCHOOLJAAR"
        case .choice(let values): return values.joined(separator: "|")
        case .file: return english ? "FILE" : "BESTAND"
        case .studentNumber: return english ? "NUMBER" : "NUMMER"
        case .activityCode: return "CODE"
        case .mapping: return english ? "FIELD=HEADER" : "VELD=KOP"
        case .recipe: return english ? "RECIPE" : "RECEPT"
        case .scriptParameter: return english ? "NAME=VALUE" : "NAAM=WAARDE"
        }
    }
}

/// A flag: `--name value`, `--name=value`, or a switch `--name`.
public struct Flag: Sendable {
    public let name: String
    public let aliases: [String]
    /// nil for a switch, which takes no value.
    public let type: ArgumentType?
    public let repeatable: Bool
    public let help: Localized

    public init(_ name: String, aliases: [String] = [], _ type: ArgumentType, repeatable: Bool = false, help: Localized)
    {
        self.name = name
        self.aliases = aliases
        self.type = type
        self.repeatable = repeatable
        self.help = help
    }

    /// A switch: present or not.
    public static func `switch`(_ name: String, aliases: [String] = [], help: Localized) -> Flag {
        Flag(switchNamed: name, aliases: aliases, help: help)
    }

    private init(switchNamed name: String, aliases: [String], help: Localized) {
        self.name = name
        self.aliases = aliases
        self.type = nil
        self.repeatable = false
        self.help = help
    }

    public var allNames: [String] { [name] + aliases }
}

/// A positional argument.
public struct Positional: Sendable {
    public enum Arity: Sendable, Equatable {
        case required
        case optional
        /// Any number of values, at least `minimum`.
        case variadic(minimum: Int)
    }

    public let name: String
    public let type: ArgumentType
    public let arity: Arity
    public let help: Localized

    public init(_ name: String, _ type: ArgumentType, _ arity: Arity = .required, help: Localized) {
        self.name = name
        self.type = type
        self.arity = arity
        self.help = help
    }
}

/// An example in a command's help; every example is run by the tests against the demo school.
public struct Example: Sendable {
    public let line: String
    public let help: Localized

    public init(_ line: String, _ help: Localized) {
        self.line = line
        self.help = help
    }
}

/// Everything lobsh knows of a command before running it: name, help, arguments, examples.
public struct CommandSpec: Sendable {
    /// The group the command is a verb of (`leerling` in `leerling lijst`), nil for `waar`, `echo`.
    public let group: String?
    /// The command's (or verb's) Dutch name.
    public let name: String
    /// Other names, such as the English `list`.
    public let aliases: [String]
    public let summary: Localized
    public let positionals: [Positional]
    public let flags: [Flag]
    public let examples: [Example]
    /// Whether the command reads or writes the store (the pipeline then runs in a transaction).
    public let usesStore: Bool
    /// Whether the arguments form an expression in which `>` compares (`waar`).
    public let takesExpression: Bool
    /// The usage line help shows, for a keyword whose syntax the positionals cannot tell (`voor rij in (…) { … }`);
    /// nil to build it from the positionals and flags.
    public let usage: Localized?

    public init(
        _ name: String, group: String? = nil, aliases: [String] = [], summary: Localized,
        positionals: [Positional] = [],
        flags: [Flag] = [], examples: [Example] = [], usesStore: Bool = true, takesExpression: Bool = false,
        usage: Localized? = nil
    ) {
        self.group = group
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.positionals = positionals
        self.flags = flags
        self.examples = examples
        self.usesStore = usesStore
        self.takesExpression = takesExpression
        self.usage = usage
    }

    /// The command's name as typed: `leerling lijst`.
    public var displayName: String { group.map { "\($0) \(name)" } ?? name }

    /// The command's name and aliases.
    public var allNames: [String] { [name] + aliases }

    func flag(named name: String) -> Flag? {
        flags.first { $0.allNames.contains(name) }
    }
}
