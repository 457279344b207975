/// `evaluatie samenvoegen BESTAND… [--minimum N] [--formaat json|tabel]`: the network coordinator's side:
/// several schools' exports combined into one regional picture, never un-suppressing.
struct EvaluationMerge: Command {
    enum Format: String, CaseIterable {
        case json
        case table = "tabel"
    }

    static let columns = ["tabel", "rij", "kolom", "aantal", "gemiddelde"]

    static let spec = CommandSpec(
        "samenvoegen", group: "evaluatie", aliases: ["merge"],
        summary: Localized(
            nl:
                "Voegt de exports van meerdere scholen samen tot één regionaal beeld (voor de netwerkcoördinator): cellen en totalen opgeteld, wat bij een school onderdrukt was blijft onderdrukt, daarna opnieuw onderdrukking",
            en:
                "Combines several schools' exports into one regional picture (for the network coordinator): cells and totals added up, what a school suppressed stays suppressed, then suppression again"
        ),
        positionals: [
            Positional(
                "bestand", .file, .variadic(minimum: 1),
                help: Localized(
                    nl: "De exports (JSON van evaluatie export)", en: "The exports (JSON from evaluatie export)"))
        ],
        flags: [
            Flag(
                "minimum", .integer,
                help: Localized(
                    nl:
                        "Gemiddelden over minder respondenten worden weggelaten (standaard het hoogste van de bestanden)",
                    en: "Means over fewer respondents are left out (default the highest of the files)")),
            Flag(
                "formaat", aliases: ["format"], .choice(Format.allCases.map(\.rawValue)),
                help: Localized(
                    nl:
                        "json (standaard, hetzelfde formaat met \"scholen\") of tabel (één rij per cel, om te filteren)",
                    en: "json (default, the same format with \"scholen\") or tabel (one row per cell, to filter)")),
        ],
        examples: [
            Example(
                "evaluatie samenvoegen noord.json west.json > regio.json",
                Localized(
                    nl: "Twee scholen samen, als één bestand in hetzelfde formaat",
                    en: "Two schools together, as one file in the same format")),
            Example(
                "evaluatie samenvoegen noord.json west.json --formaat tabel | waar aantal = onderdrukt",
                Localized(nl: "Welke cellen onderdrukt blijven", en: "Which cells stay suppressed")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        var exports: [(file: String, export: AggregateExport)] = []
        for (path, span) in zip(arguments.texts("bestand"), arguments.spans("bestand")) {
            let data = try context.readFile(path, at: span)
            do {
                exports.append((path, try AggregateExport.decode(data, file: path)))
            } catch {
                throw error.located(at: span)
            }
        }
        let combined = try AggregateExport.combined(
            exports, minimumRespondents: arguments.integer("minimum") ?? 0, made: context.today)
        if arguments.text("formaat") == Format.table.rawValue {
            return .table(Self.table(combined, language: context.language))
        }
        return .text(try combined.json())
    }

    /// One row per cell, then the totals; a suppressed number reads `onderdrukt`.
    static func table(_ export: AggregateExport, language: UILanguage) -> Table {
        let suppressed = Value.text(Message(.evaluationSuppressed).text(language))
        func count(_ count: CountRange?) -> Value { count?.value ?? suppressed }
        var rows: [[Value]] = []
        for table in export.tables {
            for (r, row) in table.rows.enumerated() {
                for (c, column) in table.columns.enumerated() {
                    let cell =
                        r < table.counts.cells.count && c < table.counts.cells[r].count
                        ? table.counts.cells[r][c] : nil
                    let mean = r < table.means.count && c < table.means[r].count ? table.means[r][c] : nil
                    rows.append([
                        .text(table.id), .text(row), .text(column), count(cell), mean.map(Value.decimal) ?? .nothing,
                    ])
                }
            }
            guard table.measure == .count else { continue }
            let total = Value.text(Message(.evaluationTotal).text(language))
            for (row, value) in zip(table.rows, table.counts.rowTotals) {
                rows.append([.text(table.id), .text(row), total, count(value), .nothing])
            }
            for (column, value) in zip(table.columns, table.counts.columnTotals) {
                rows.append([.text(table.id), total, .text(column), count(value), .nothing])
            }
            rows.append([.text(table.id), total, total, count(table.counts.grandTotal), .nothing])
        }
        return Table(columns: columns, rows: rows)
    }
}
