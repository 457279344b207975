/// `activiteit toon CODE`: one activity as a record.
struct ActivityShow: Command {
    static let spec = CommandSpec(
        "toon", group: "activiteit", aliases: ["show"],
        summary: Localized(nl: "Toont één activiteit", en: "Shows one activity"),
        positionals: [ActivityCode.positional],
        examples: [Example("activiteit toon OD-HAN", Localized(nl: "De open dag van de HAN", en: "The HAN open day"))]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let activity = try context.store().existingActivity(
            code: arguments.text("code") ?? "", at: arguments.span("code"))
        return .record(activity.record)
    }
}
