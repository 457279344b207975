import Foundation

/// `beleid verantwoordelijke [--rol ROL --naam NAAM] [--schooljaar]`: adds a responsible, or lists them.
struct PolicyResponsibles: Command {
    static let spec = CommandSpec(
        "verantwoordelijke", group: "beleid", aliases: ["responsible"],
        summary: Localized(
            nl: "Legt vast wie het beleid uitvoert (met --rol en --naam); zonder vlaggen: toont ze",
            en: "Records who carries out the policy (with --rol and --naam); without flags: lists them"),
        flags: [
            Flag(
                "rol", aliases: ["role"], .choice(PolicyRole.allCases.map(\.rawValue)),
                help: Localized(nl: "De rol", en: "The role")),
            Flag(
                "naam", aliases: ["name"], .text,
                help: Localized(nl: "De naam van de persoon of groep", en: "The name of the person or group")),
            SharedFlags.schoolYear,
        ],
        examples: [
            Example("beleid verantwoordelijke", Localized(nl: "Wie dit schooljaar", en: "Who this school year")),
            Example(
                "beleid verantwoordelijke --rol mentoren --naam \"Mentoren leerjaar 1 tot en met 3\"",
                Localized(nl: "Een verantwoordelijke toevoegen", en: "Add someone responsible")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let schoolYear = context.schoolYear(arguments)
        let role = arguments.text("rol").flatMap(PolicyRole.init(rawValue:))
        let name = arguments.text("naam")?.trimmingCharacters(in: .whitespacesAndNewlines)
        switch (role, name) {
        case (nil, nil):
            let rows = try store.policyResponsibles(in: schoolYear).map { responsible -> [Value] in
                [.text(responsible.role.rawValue), .text(responsible.name)]
            }
            return .table(Table(columns: ["rol", "naam"], rows: rows))
        case (nil, _):
            throw LOBError.usage(.policyResponsibleIncomplete, "--rol", at: arguments.span("naam"))
        case (_, nil):
            throw LOBError.usage(.policyResponsibleIncomplete, "--naam", at: arguments.span("rol"))
        case (let role?, let name?):
            if name.isEmpty { throw LOBError.usage(.policyEmptyText, "--naam", at: arguments.span("naam")) }
            let added = try store.addPolicyResponsible(PolicyResponsible(role: role, name: name), in: schoolYear)
            return .text(
                Message(
                    added ? .policyResponsibleAdded : .policyResponsibleKnown, role.rawValue, name,
                    schoolYear.description
                ).text(context.language))
        }
    }
}
