/// `sql "SELECT …"`: one read-only statement; the result is a table that pipes into the filters.
struct SQLQuery: Command {
    static let spec = CommandSpec(
        "sql",
        summary: Localized(
            nl:
                "Voert één alleen-lezen SQL-opdracht uit op de database van de school; het resultaat is een tabel voor de filters. Vertrouwelijke werkaantekeningen zijn niet beschikbaar",
            en:
                "Runs one read-only SQL statement on the school's database; the result is a table for the filters. Confidential working notes are not available"
        ),
        positionals: [
            Positional(
                "opdracht", .text,
                help: Localized(
                    nl: "De SQL-opdracht (SELECT of WITH … SELECT), tussen aanhalingstekens",
                    en: "The SQL statement (SELECT or WITH … SELECT), in quotes"))
        ],
        examples: [
            Example(
                "sql \"select count(*) as n from sqlite_master\"",
                Localized(
                    nl: "Hoeveel tabellen, indexen en views er zijn", en: "How many tables, indexes and views there are"
                )),
            Example(
                "sql \"select leerjaar, count(*) as n from leerling group by leerjaar\" | sorteer n --aflopend",
                Localized(nl: "Leerlingen per leerjaar, de grootste eerst", en: "Students per leerjaar, largest first")),
            Example(
                "sql \"select name from sqlite_master where type = 'table' order by name\"",
                Localized(nl: "De tabellen van de database", en: "The database's tables")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let sql = arguments.text("opdracht") ?? ""
        do {
            return .table(try context.store().readOnlyQuery(sql))
        } catch {
            throw error.located(at: arguments.span("opdracht"))
        }
    }
}
