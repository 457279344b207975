/// `agenda vergelijk 2024-2025 2025-2026`: two years side by side, with what moved.
struct AgendaCompare: Command {
    static let spec = CommandSpec(
        "vergelijk", group: "agenda", aliases: ["compare"],
        summary: Localized(
            nl: "Zet twee schooljaren naast elkaar, met wat er veranderde",
            en: "Puts two school years side by side, with what changed"),
        positionals: [
            Positional(
                "van", .schoolYear, help: Localized(nl: "Het eerdere schooljaar", en: "The earlier school year")),
            Positional("tot", .schoolYear, help: Localized(nl: "Het latere schooljaar", en: "The later school year")),
        ],
        examples: [
            Example(
                "agenda vergelijk 2025-2026 2026-2027",
                Localized(nl: "Vorig jaar naast dit jaar", en: "Last year next to this year"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        guard let from = arguments.schoolYear("van"), let to = arguments.schoolYear("tot") else { return .nothing }
        let store = try context.store()
        let before = try store.currentAssessments(from)
        let after = try store.currentAssessments(to)
        let rows = Norm.all.map { norm -> [Value] in
            let old = before[norm.id]
            let new = after[norm.id]
            let change: String
            switch (old?.status, new?.status) {
            case (nil, nil): change = ""
            case (nil, _): change = Localized(nl: "nieuw", en: "new").text(context.language)
            case (_, nil): change = Localized(nl: "niet beoordeeld", en: "not assessed").text(context.language)
            case (let was?, let now?): change = now > was ? "↑" : now < was ? "↓" : "="
            }
            let added = AgendaOverview.newEvidence(from: old, to: new)
            return [
                .text(norm.id), .text(norm.title.text(context.language)),
                old.map { .text($0.status.rawValue) } ?? .nothing, new.map { .text($0.status.rawValue) } ?? .nothing,
                change.isEmpty ? .nothing : .text(change), .integer(added),
            ]
        }
        let columns = [
            "norm", "titel", from.description, to.description,
            Localized(nl: "verandering", en: "change").text(context.language),
            Localized(nl: "nieuw bewijs", en: "new evidence").text(context.language),
        ]
        return .table(Table(columns: columns, rows: rows))
    }
}
