/// `activiteit verwijder CODE`: removes an activity from the catalogue.
struct ActivityDelete: Command {
    static let spec = CommandSpec(
        "verwijder", group: "activiteit", aliases: ["delete", "remove"],
        summary: Localized(
            nl: "Verwijdert een activiteit uit de catalogus, met de deelnames eraan",
            en: "Removes an activity from the catalogue, with the participations in it"),
        positionals: [ActivityCode.positional],
        examples: [
            Example(
                "activiteit verwijder OD-RU",
                Localized(nl: "De open dag van de Radboud Universiteit", en: "The Radboud University open day"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let activity = try store.existingActivity(code: arguments.text("code") ?? "", at: arguments.span("code"))
        guard try store.deleteActivity(code: activity.code) else {
            throw LOBError(.failed, Message(.activityUnknown, activity.code), at: arguments.span("code"))
        }
        return .text(Message(.activityDeleted, activity.code, activity.name).text(context.language))
    }
}
