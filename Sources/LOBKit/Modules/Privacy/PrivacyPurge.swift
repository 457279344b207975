/// `privacy opschonen [--uitvoeren]`: removes the personal data of students whose retention period is over;
/// without `--uitvoeren` (`--droog`, the default) it only shows what would go.
struct PrivacyPurge: Command {
    static let columns = ["leerlingnummer", "vertrokken", "tabel", "rijen"]

    static let spec = CommandSpec(
        "opschonen", group: "privacy", aliases: ["purge"],
        summary: Localized(
            nl:
                "Verwijdert de persoonsgegevens van leerlingen die langer dan de bewaartermijn geleden vertrokken: de leerling met alles wat naar hem of haar verwijst; in doorstroomgegevens alleen het leerlingnummer, zodat de cijfers blijven. Zonder --uitvoeren toont het alleen wat er weg zou gaan",
            en:
                "Removes the personal data of students who left longer ago than the retention period: the student with everything that refers to them; in doorstroom records only the student number, so the figures stay. Without --uitvoeren it only shows what would go"
        ),
        flags: [
            Flag.switch(
                "droog", aliases: ["dry-run"],
                help: Localized(
                    nl: "Toont alleen wat er weg zou gaan (standaard)", en: "Only shows what would go (the default)")),
            Flag.switch(
                "uitvoeren", aliases: ["execute"],
                help: Localized(
                    nl: "Verwijdert het echt, en legt dat vast in privacy log",
                    en: "Really removes it, and records that in privacy log")),
            SharedFlags.author,
        ],
        examples: [
            Example(
                "privacy opschonen",
                Localized(nl: "Wat er weg zou gaan, per leerling en tabel", en: "What would go, per student and table")),
            Example(
                "privacy opschonen | groepeer tabel",
                Localized(nl: "Hoeveel leerlingen per tabel", en: "How many students per table")),
            Example(
                "privacy opschonen --uitvoeren",
                Localized(nl: "Schoont echt op", en: "Really cleans up")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        if arguments.isSet("droog"), arguments.isSet("uitvoeren") {
            throw LOBError.usage(.privacyDryOrExecute, at: arguments.span("uitvoeren"))
        }
        let store = try context.store()
        let policy = try RetentionPolicy.current(in: store, today: context.today)
        let expired = try policy.expiredStudents(in: store)
        let rows: [[Value]] = expired.flatMap { student in
            student.rows.map { row -> [Value] in
                [.text(student.number), .date(student.left), .text(row.table), .integer(row.rows)]
            }
        }
        let table = Table(columns: Self.columns, rows: rows)
        let cutoff = policy.cutoff.description
        guard !expired.isEmpty else {
            context.notice(Message(.privacyPurgeNothing, String(policy.years), cutoff))
            return .table(table)
        }
        let total = String(expired.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.rows } })
        guard arguments.isSet("uitvoeren") else {
            context.notice(Message(.privacyPurgeDry, total, String(expired.count), String(policy.years), cutoff))
            return .table(table)
        }
        let count = try policy.purge(expired, in: store)
        try context.logAudit(
            .purge, what: "bewaartermijn \(policy.years) jaar, vertrokken voor \(cutoff): \(expired.count) leerlingen",
            count: count, arguments: arguments)
        context.notice(Message(.privacyPurgeDone, String(count), String(expired.count)))
        return .table(table)
    }
}
