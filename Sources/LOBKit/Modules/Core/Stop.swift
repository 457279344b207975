/// `stop [CODE]` (alias `exit`): ends the session or script.
struct Stop: Command {
    static let spec = CommandSpec(
        "stop", aliases: ["exit", "quit"],
        summary: Localized(nl: "Stopt lobsh (of het script)", en: "Leaves lobsh (or the script)"),
        positionals: [
            Positional(
                "code", .integer, .optional,
                help: Localized(nl: "De afsluitcode (standaard 0)", en: "The exit code (default 0)"))
        ],
        examples: [Example("stop", Localized(nl: "Stopt", en: "Leaves"))],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let code = arguments.integer("code") ?? 0
        guard (0...255).contains(code) else {
            throw LOBError.usage(.exitCodeOutOfRange, String(code), at: arguments.span("code"))
        }
        context.session.requestStop(exitCode: Int32(code))
        return .nothing
    }
}
