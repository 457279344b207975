/// `verplichting verwijder ID…`: removes rules.
struct ObligationDelete: Command {
    static let spec = CommandSpec(
        "verwijder", group: "verplichting", aliases: ["delete", "remove"],
        summary: Localized(
            nl: "Verwijdert regels van de inspanningsverplichting (ids uit verplichting lijst)",
            en: "Removes rules of the inspanningsverplichting (ids from verplichting lijst)"),
        positionals: [
            Positional(
                "id", .integer, .variadic(minimum: 1),
                help: Localized(nl: "De id van de regel (meerdere mogen)", en: "The rule's id (several may be given)"))
        ],
        examples: [
            Example("verplichting verwijder 1", Localized(nl: "Verwijdert regel 1", en: "Removes rule 1"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let rules = try store.obligationRules()
        var lines: [String] = []
        // An unknown id fails the command, and its transaction undoes the removals before it.
        for (value, span) in zip(arguments.all("id"), arguments.spans("id")) {
            guard case .integer(let id) = value, let rule = rules.first(where: { $0.id == Int64(id) }),
                try store.deleteObligationRule(id: rule.id)
            else {
                throw LOBError(.failed, Message(.obligationUnknownRule, value.plainText), at: span)
            }
            lines.append(
                Message(
                    .obligationRuleDeleted, String(rule.id), rule.group.name, rule.requirement.words(context.language)
                ).text(context.language))
        }
        return .text(lines.joined(separator: "\n"))
    }
}
