/// A command of the language: static data that help, binding and completion read, and a `run`.
public protocol Command: Sendable {
    /// Name, group, help, arguments and examples.
    static var spec: CommandSpec { get }

    /// Runs the command with its bound arguments on the pipeline's input.
    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value
}

/// A group of verbs such as `leerling` (alias `student`), with its help.
public struct CommandGroup: Sendable {
    public let name: String
    public let aliases: [String]
    public let summary: Localized

    public init(_ name: String, aliases: [String] = [], summary: Localized) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
    }

    public var allNames: [String] { [name] + aliases }
}
