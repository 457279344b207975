/// `privacy log [--sinds DATUM] [--soort SOORT]`: the audit log: exports, clean-ups, access requests and
/// erasures, who did them, when, what and how many.
struct PrivacyLog: Command {
    static let columns = ["datum", "tijd", "door", "soort", "wat", "aantal"]

    static let spec = CommandSpec(
        "log", group: "privacy", aliases: ["audit"],
        summary: Localized(
            nl:
                "Het logboek van wat persoonsgegevens raakte: exports, opschonen, inzage en verwijderen; wie, wanneer, wat en hoeveel",
            en:
                "The log of what touched personal data: exports, clean-ups, access and erasure; who, when, what and how many"
        ),
        flags: [
            Flag(
                "sinds", aliases: ["since"], .date,
                help: Localized(nl: "Alleen vanaf deze datum", en: "Only from this date on")),
            Flag(
                "soort", aliases: ["kind"], .choice(AuditKind.allCases.map(\.rawValue)),
                help: Localized(nl: "Alleen deze soort", en: "Only this kind")),
        ],
        examples: [
            Example("privacy log", Localized(nl: "Het hele logboek", en: "The whole log")),
            Example(
                "privacy log --soort export --sinds 2026-09-01",
                Localized(nl: "De exports van dit schooljaar", en: "This school year's exports")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let kind = arguments.text("soort").flatMap(AuditKind.init(rawValue:))
        let entries = try context.store().auditEntries(since: arguments.date("sinds"), kind: kind)
        return .table(
            Table(
                columns: Self.columns,
                rows: entries.map { entry in
                    [
                        .date(entry.date), .text(entry.time), entry.author.isEmpty ? .nothing : .text(entry.author),
                        .text(entry.kind.rawValue), .text(entry.what), .integer(entry.count),
                    ]
                }))
    }
}
