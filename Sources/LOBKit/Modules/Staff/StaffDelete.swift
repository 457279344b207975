/// `team verwijder NAAM`: removes a staff member with their roles and trainings.
struct StaffDelete: Command {
    static let spec = CommandSpec(
        "verwijder", group: "team", aliases: ["delete"],
        summary: Localized(
            nl: "Verwijdert een teamlid, met de rollen en scholingen",
            en: "Removes a team member, with their roles and trainings"),
        positionals: [
            Positional("naam", .text, help: Localized(nl: "De naam van het teamlid", en: "The team member's name"))
        ],
        examples: [
            Example(
                "team verwijder \"S. el Idrissi\"",
                Localized(nl: "De LOB-coördinator is vertrokken", en: "The LOB coordinator has left"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let member = try StaffLookup.member(
            named: try StaffLookup.name(arguments), in: store, at: arguments.span("naam"))
        let trainings = try store.deleteStaffMember(id: member.id)
        return .text(Message(.staffMemberDeleted, member.name, String(trainings)).text(context.language))
    }
}
