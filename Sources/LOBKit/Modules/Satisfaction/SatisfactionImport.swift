import Foundation

/// `tevredenheid importeer BESTAND [--schooljaar] [--bron]`: reads survey results in either shape (see
/// `SatisfactionFile`); all or nothing unless `--sla-fouten-over`, and a new import of the same school year and
/// source replaces the old one.
struct SatisfactionImport: Command {
    static let spec = CommandSpec(
        "importeer", group: "tevredenheid", aliases: ["import"],
        summary: Localized(
            nl: "Importeert tevredenheidsresultaten (per respondent of als totalen per groep) voor een schooljaar; "
                + "dezelfde bron opnieuw importeren vervangt de vorige import",
            en: "Imports satisfaction results (per respondent or as totals per group) for a school year; importing "
                + "the same source again replaces the earlier import"),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl: "Een CSV-bestand in één van drie vormen: per antwoord (respondent, schooltype, leerjaar, item, "
                        + "score, en eventueel opmerking, deelbaar); per respondent met een kolom per item "
                        + "(respondent, schooltype, leerjaar, LOB01 … LOB10, opmerking, deelbaar: het invulblad van "
                        + "tevredenheid sjabloon); of totalen (item, schooltype, leerjaar, n, gemiddelde, n1 … n5). "
                        + "Een lege schooltype of leerjaar betekent: alle samen",
                    en: "A CSV file in one of three shapes: per answer (respondent, schooltype, leerjaar, item, score, "
                        + "and optionally opmerking, deelbaar); per respondent with a column per item (respondent, "
                        + "schooltype, leerjaar, LOB01 … LOB10, opmerking, deelbaar: the answer sheet of tevredenheid "
                        + "sjabloon); or totals (item, schooltype, leerjaar, n, gemiddelde, n1 … n5). An empty "
                        + "schooltype or leerjaar means: all together"))
        ],
        flags: [
            Flag(
                "schooljaar", aliases: ["school-year"], .schoolYear,
                help: Localized(
                    nl: "Het schooljaar van de peiling (standaard het huidige, $schooljaar)",
                    en: "The school year of the survey (default the current one, $schooljaar)")),
            Flag(
                "bron", aliases: ["source"], .text,
                help: Localized(
                    nl: "De naam van de peiling, zoals lob-enquete (standaard de bestandsnaam zonder extensie); "
                        + "dezelfde bron in hetzelfde schooljaar opnieuw importeren vervangt de resultaten en "
                        + "opmerkingen van de vorige keer",
                    en: "The survey's name, such as lob-enquete (default the file name without extension); importing "
                        + "the same source in the same school year again replaces the results and comments of the "
                        + "earlier import")),
            SharedFlags.skipErrors,
        ],
        examples: [
            Example(
                "tevredenheid importeer lob-enquete.csv",
                Localized(
                    nl: "De ingevulde LOB-vragenlijst van dit schooljaar, één rij per leerling",
                    en: "This school year's filled-in LOB questionnaire, one row per student")),
            Example(
                "tevredenheid importeer totalen.csv --schooljaar 2025-2026 --bron leerlingenquete",
                Localized(
                    nl: "Gemiddelden en verdelingen per groep uit een landelijke enquête, voor vorig schooljaar",
                    en: "Means and distributions per group from a national survey, for last school year")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let data = try context.readFile(path, at: span)
        let store = try context.store()
        let schoolYear = context.schoolYear(arguments)
        let given = arguments.text("bron")?.trimmingCharacters(in: .whitespaces) ?? ""
        let source = given.isEmpty ? SatisfactionImport.sourceName(path) : given
        let file = try SatisfactionFile(
            data: data, path: path, schoolYear: schoolYear, source: source, language: context.language, at: span)
        let details = try file.bad.checked(
            path: path, at: span, skipping: arguments.isSet("sla-fouten-over"), language: context.language)
        if file.results.isEmpty {
            throw LOBError(.data, Message(.satisfactionNothingInFile, path), at: span)
        }
        let replaced = try store.replaceSatisfactionSource(
            schoolYear: schoolYear, source: source, shape: file.shape, results: file.results, comments: file.comments)
        for detail in details { context.notice(detail) }
        if !file.ignoredHeaders.isEmpty {
            context.notice(Message(.satisfactionIgnoredColumns, file.ignoredHeaders.joined(separator: ", ")))
        }
        if replaced { context.notice(Message(.satisfactionImportReplaced, source, schoolYear.description)) }
        let items = Set(file.results.map(\.itemID)).count
        let groups = Set(file.results.map(\.group)).count
        let summary =
            file.shape == .respondents
            ? Message(
                .satisfactionImportRespondents, path, String(file.respondentCount), String(items), String(groups),
                String(file.comments.count), schoolYear.description, source)
            : Message(
                .satisfactionImportTotals, path, String(file.results.count), String(items), String(groups),
                schoolYear.description, source)
        return .text(summary.text(context.language))
    }

    /// The file's name without folder and extension: `peilingen/lob-2026.csv` is source `lob-2026`.
    static func sourceName(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? path : name
    }
}
