/// `privacy verwijder NUMMER --bevestig NUMMER`: removes one student's personal data everywhere (erasure, AVG
/// article 17). lobsh cannot ask "are you sure?" in a script, so the number typed a second time is the
/// confirmation; without it the command only shows what would go.
struct PrivacyDelete: Command {
    static let columns = ["tabel", "rijen"]

    static let spec = CommandSpec(
        "verwijder", group: "privacy", aliases: ["erase"],
        summary: Localized(
            nl:
                "Verwijdert alle persoonsgegevens van één leerling, in elke tabel die naar de leerling verwijst (ook van netwerkmodules); in doorstroomgegevens alleen het leerlingnummer. Zonder --bevestig toont het wat er weg zou gaan",
            en:
                "Removes all personal data of one student, in every table that refers to the student (network modules' too); in doorstroom records only the student number. Without --bevestig it shows what would go"
        ),
        positionals: [
            Positional("nummer", .studentNumber, help: Localized(nl: "Het leerlingnummer", en: "The student number"))
        ],
        flags: [
            Flag(
                "bevestig", aliases: ["confirm"], .text,
                help: Localized(
                    nl: "Het leerlingnummer nog een keer: dan wordt er echt verwijderd",
                    en: "The student number once more: then it is really removed")),
            SharedFlags.author,
        ],
        examples: [
            Example(
                "privacy verwijder 1042",
                Localized(nl: "Wat er van 1042 weg zou gaan, per tabel", en: "What of 1042 would go, per table")),
            Example(
                "privacy verwijder 1042 --bevestig 1042",
                Localized(nl: "Verwijdert 1042 echt", en: "Really removes 1042")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let number = arguments.text("nummer") ?? ""
        let store = try context.store()
        let rows = try store.personalRows(of: number)
        guard !rows.isEmpty else {
            throw LOBError(.failed, Message(.unknownStudent, number), at: arguments.span("nummer"))
        }
        let table = Table(columns: Self.columns, rows: rows.map { [.text($0.table), .integer($0.rows)] })
        let total = rows.reduce(0) { $0 + $1.rows }
        guard let confirmation = arguments.text("bevestig") else {
            context.notice(Message(.privacyDeleteDry, number, String(total)))
            return .table(table)
        }
        guard confirmation.trimmingCharacters(in: .whitespaces) == number else {
            throw LOBError(
                .usage, Message(.privacyDeleteMismatch, confirmation, number), at: arguments.span("bevestig"))
        }
        if rows.contains(where: { $0.table == "leerling" }) { _ = try store.deleteStudent(number: number) }
        _ = try store.anonymizeAlumni(studentNumber: number)
        try context.logAudit(.deletion, what: "leerling \(number)", count: total, arguments: arguments)
        context.notice(Message(.privacyDeleted, number, String(total)))
        return .table(table)
    }
}
