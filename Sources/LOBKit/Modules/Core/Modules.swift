/// `modules`: what is compiled into this lobsh, built-in and network modules alike.
struct Modules: Command {
    static let spec = CommandSpec(
        "modules", aliases: ["modulen"],
        summary: Localized(
            nl: "Toont de ingebouwde modules en de netwerkmodules: naam, versie, API, auteur, commando's",
            en: "Lists the built-in and network modules: name, version, API, author, commands"),
        examples: [
            Example("modules", Localized(nl: "Alle modules", en: "All modules")),
            Example(
                "modules | waar auteur != LOBKit",
                Localized(nl: "Alleen de netwerkmodules", en: "Only the network modules")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let rows = context.session.registry.modules.map { module -> [Value] in
            let names = module.commands.map { command in
                let spec = type(of: command).spec
                return spec.group.map { $0 + " " + spec.name } ?? spec.name
            }
            return [
                .text(module.name), .text(module.version), .text(module.apiVersion.description), .text(module.author),
                .integer(names.count), .text(names.joined(separator: ", ")),
            ]
        }
        return .table(Table(columns: ["naam", "versie", "api", "auteur", "aantal", "commandos"], rows: rows))
    }
}
