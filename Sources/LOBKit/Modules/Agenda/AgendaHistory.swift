/// `agenda geschiedenis [NORM]`: every assessment ever recorded, oldest first.
struct AgendaHistory: Command {
    static let spec = CommandSpec(
        "geschiedenis", group: "agenda", aliases: ["history"],
        summary: Localized(
            nl: "Toont alle beoordelingen, ook de eerdere (per norm of per schooljaar)",
            en: "Lists every assessment, earlier ones too (per norm or per school year)"),
        positionals: [
            Positional(
                "norm", .choice(Norm.all.map(\.id)), .optional,
                help: Localized(nl: "Alleen deze norm", en: "Only this norm"))
        ],
        flags: [
            Flag(
                "schooljaar", aliases: ["school-year"], .schoolYear,
                help: Localized(nl: "Alleen dit schooljaar", en: "Only this school year"))
        ],
        examples: [
            Example("agenda geschiedenis A1", Localized(nl: "Hoe A1 zich ontwikkelde", en: "How A1 developed")),
            Example(
                "agenda geschiedenis | aantal",
                Localized(nl: "Hoeveel beoordelingen er zijn", en: "How many assessments there are")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let history = try context.store().assessments(
            norm: arguments.text("norm"), schoolYear: arguments.schoolYear("schooljaar"))
        let rows = history.map { assessment -> [Value] in
            [
                .text(assessment.schoolYear.description), .text(assessment.norm), .text(assessment.status.rawValue),
                .date(assessment.assessedOn), .text(assessment.assessor),
                .text(assessment.evidence.joined(separator: "; ")), .text(assessment.note),
            ].map { $0 == .text("") ? .nothing : $0 }
        }
        return .table(
            Table(columns: ["schooljaar", "norm", "status", "datum", "door", "bewijs", "notitie"], rows: rows))
    }
}
