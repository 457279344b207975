/// `team lijst [--rol] [--schooljaar]`: the team, with what the roster and the conversations say of each.
struct StaffList: Command {
    static let spec = CommandSpec(
        "lijst", group: "team", aliases: ["list"],
        summary: Localized(
            nl: "Toont het team: rollen, klassen en leerlingen uit het rooster, gesprekken, laatste scholing",
            en: "Lists the team: roles, classes and students from the roster, conversations, latest training"),
        flags: [
            Flag(
                "rol", aliases: ["role"], .choice(StaffRole.names),
                help: Localized(nl: "Alleen teamleden met deze rol", en: "Only team members with this role")),
            Flag(
                "schooljaar", aliases: ["school-year"], .schoolYear,
                help: Localized(
                    nl: "Het schooljaar waarin gesprekken tellen (standaard het huidige)",
                    en: "The school year in which conversations count (default the current one)")),
        ],
        examples: [
            Example("team lijst", Localized(nl: "Het hele team", en: "The whole team")),
            Example(
                "team lijst --rol mentor | sorteer leerlingen --aflopend | eerste 5",
                Localized(nl: "De mentoren met de meeste leerlingen", en: "The mentors with the most students")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let role = arguments.text("rol").flatMap(StaffRole.init(rawValue:))
        let roster = try MentorRoster(store: store)
        let conversations = try ConversationTally.counts(in: store, schoolYear: context.schoolYear(arguments))
        var latest: [String: LOBDate] = [:]
        for training in try store.trainings() {
            latest[StaffName.key(training.memberName)] = training.date
        }
        let rows = try store.staffMembers().filter { role.map($0.roles.contains) ?? true }.map { member -> [Value] in
            let mentor = roster.mentor(member.name)
            return [
                .text(member.name), .text(member.roles.map(\.rawValue).joined(separator: ", ")),
                .optionalText(mentor?.classes.joined(separator: ", ") ?? ""), .integer(mentor?.students ?? 0),
                .integer(conversations[member.key] ?? 0), latest[member.key].map(Value.date) ?? .nothing,
            ]
        }
        return .table(
            Table(columns: ["naam", "rollen", "klassen", "leerlingen", "gesprekken", "scholing-laatst"], rows: rows))
    }
}
