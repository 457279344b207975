/// `team nieuw NAAM --rol ROL… [--email]` or `team nieuw --uit-rooster`: registers staff members.
///
/// A name that is already a member gets the roles added, so that a mentor can later become decaan without
/// losing the trainings recorded for them.
struct StaffAdd: Command {
    static let spec = CommandSpec(
        "nieuw", group: "team", aliases: ["add"],
        summary: Localized(
            nl: "Voegt een teamlid toe (of rollen aan een bestaand lid); --uit-rooster: alle mentoren uit het rooster",
            en: "Adds a team member (or roles to an existing one); --uit-rooster: every mentor in the roster"),
        positionals: [
            Positional(
                "naam", .text, .optional,
                help: Localized(
                    nl: "De naam zoals het rooster mentoren schrijft, zoals \"J. de Vries\"",
                    en: "The name as the roster writes mentors, such as \"J. de Vries\""))
        ],
        flags: [
            Flag(
                "rol", aliases: ["role"], .choice(StaffRole.names), repeatable: true,
                help: Localized(nl: "De rol (minstens één)", en: "The role (at least one)")),
            Flag("email", .text, help: Localized(nl: "Het e-mailadres", en: "The email address")),
            .switch(
                "uit-rooster", aliases: ["from-roster"],
                help: Localized(
                    nl: "Voegt elke mentor uit het rooster die nog geen teamlid is toe, met de rol mentor",
                    en: "Adds every mentor in the roster who is not a team member yet, with the role mentor")),
        ],
        examples: [
            Example(
                "team nieuw \"A. Bakker\" --rol docent --rol mentor --email a.bakker@zuiderlicht.example",
                Localized(nl: "Een docent die ook mentor is", en: "A teacher who is a mentor too")),
            Example(
                "team nieuw --uit-rooster",
                Localized(
                    nl: "Alle mentoren uit het rooster die nog ontbreken",
                    en: "Every mentor in the roster still missing")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        if arguments.isSet("uit-rooster") {
            if arguments.isSet("naam") || arguments.isSet("rol") || arguments.isSet("email") {
                throw LOBError.usage(.staffFromRosterAlone, at: arguments.span("uit-rooster"))
            }
            return try addFromRoster(store, context)
        }
        guard arguments.isSet("naam") else {
            throw LOBError.usage(.missingArgument, "NAAM", Self.spec.displayName, at: arguments.callSpan)
        }
        let name = try StaffLookup.name(arguments)
        let roles = StaffRole.allCases.filter { arguments.texts("rol").contains($0.rawValue) }
        if roles.isEmpty {
            throw LOBError.usage(.staffFlagRequired, "--rol", Self.spec.displayName, at: arguments.callSpan)
        }
        let email = StaffName.cleaned(arguments.text("email") ?? "")
        if arguments.isSet("email"), !Self.looksLikeEmail(email) {
            throw LOBError.usage(.staffBadEmail, email, at: arguments.span("email"))
        }
        if let member = try store.staffMember(named: name) {
            try store.addStaffRoles(roles, to: member.id)
            if !email.isEmpty { try store.setStaffEmail(email, of: member.id) }
            let now = try store.staffMember(named: name)?.roles ?? member.roles
            return .text(
                Message(.staffMemberUpdated, member.name, now.map(\.rawValue).joined(separator: ", "))
                    .text(context.language))
        }
        let member = try store.addStaffMember(StaffMember(name: name, roles: roles, email: email))
        return .text(
            Message(.staffMemberAdded, member.name, roles.map(\.rawValue).joined(separator: ", "))
                .text(context.language))
    }

    private func addFromRoster(_ store: StoreTransaction, _ context: CommandContext) throws(LOBError) -> Value {
        let members = Set(try store.staffMembers().map(\.key))
        let mentors = try MentorRoster(store: store).mentors.values
            .sorted { Value.compareText($0.name, $1.name) == .orderedAscending }
        var added = 0
        for mentor in mentors where !members.contains(StaffName.key(mentor.name)) {
            _ = try store.addStaffMember(StaffMember(name: mentor.name, roles: [.mentor]))
            added += 1
        }
        return .text(
            Message(.staffFromRosterAdded, String(added), String(mentors.count - added)).text(context.language))
    }

    /// Something `@` something with a dot after the `@`, and no blanks: enough to catch a name typed by mistake.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last else { return false }
        return !local.isEmpty && domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
            && !text.contains(where: \.isWhitespace)
    }
}
