/// `dossier item-verwijder ID`: removes an item from a career document.
struct CareerItemDelete: Command {
    static let spec = CommandSpec(
        "item-verwijder", group: "dossier", aliases: ["remove-item"],
        summary: Localized(
            nl: "Verwijdert een item uit een loopbaandossier (het id staat in 'dossier items')",
            en: "Removes an item from a career document (the id is in 'dossier items')"),
        positionals: [
            Positional("id", .integer, help: Localized(nl: "Het id van het item", en: "The item's id"))
        ],
        examples: [
            Example("dossier item-verwijder 1", Localized(nl: "Item 1 verwijderen", en: "Removing item 1"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let id = Int64(arguments.integer("id") ?? 0)
        guard let item = try store.careerItem(id: id), try store.deleteCareerItem(id: id) else {
            throw LOBError(.failed, Message(.dossierUnknownItem, String(id)), at: arguments.span("id"))
        }
        return .text(
            Message(.dossierItemDeleted, String(id), item.kind.rawValue, item.description, item.studentNumber)
                .text(context.language))
    }
}
