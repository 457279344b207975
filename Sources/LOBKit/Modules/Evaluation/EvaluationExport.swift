/// `evaluatie export --voor netwerk|expertisepunt [--schooljaar] [--minimum N]`: the school's aggregates as
/// `lobsh-evaluatie-export` JSON, small counts suppressed (see `AggregateExport.json()`).
struct EvaluationExport: Command {
    static let spec = CommandSpec(
        "export", group: "evaluatie", aliases: ["exporteer"],
        summary: Localized(
            nl:
                "Maakt de geaggregeerde cijfers van de school als JSON (formaat lobsh-evaluatie-export, versie 1) voor een regionaal netwerk of de landelijke monitor: geen persoonsgegevens, aantallen van 1 tot 4 onderdrukt, en zo nodig meer, zodat niets uit de totalen terug te rekenen is",
            en:
                "Makes the school's aggregated figures as JSON (format lobsh-evaluatie-export, version 1) for a regional network or the national monitor: no personal data, counts of 1 to 4 suppressed, and more where needed so that nothing can be recomputed from the totals"
        ),
        flags: [
            Flag(
                "voor", aliases: ["for"], .choice(ExportAudience.allCases.map(\.rawValue)),
                help: Localized(
                    nl:
                        "Voor wie (verplicht): netwerk (BRIN en naam, alle tabellen) of expertisepunt (alleen BRIN, geen tabellen per instelling)",
                    en:
                        "For whom (required): netwerk (BRIN and name, every table) or expertisepunt (BRIN only, no tables by institution)"
                )),
            SharedFlags.schoolYear,
            Flag(
                "minimum", .integer,
                help: Localized(
                    nl:
                        "Gemiddelden over minder respondenten worden weggelaten (standaard het minimum van de school, zie 'tevredenheid minimum', anders 10; minstens 5)",
                    en:
                        "Means over fewer respondents are left out (default the school's minimum, see 'tevredenheid minimum', else 10; at least 5)"
                )),
        ],
        examples: [
            Example(
                "evaluatie export --voor netwerk > export.json",
                Localized(
                    nl: "De cijfers van dit schooljaar voor het regionale netwerk, als bestand",
                    en: "This school year's figures for the regional network, as a file")),
            Example(
                "evaluatie export --voor expertisepunt --schooljaar 2025-2026 --minimum 20",
                Localized(
                    nl: "Vorig schooljaar voor de landelijke monitor, gemiddelden pas vanaf 20 respondenten",
                    en: "Last school year for the national monitor, means only from 20 respondents")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        guard let audience = arguments.text("voor").flatMap(ExportAudience.init(rawValue:)) else {
            throw LOBError.usage(.evaluationExportNeedsAudience, at: context.callSpan)
        }
        let store = try context.store()
        let minimum: Int
        if let given = arguments.integer("minimum") {
            minimum = given
        } else {
            minimum = try store.satisfactionMinimum()
        }
        let branch = try store.branches().first
        let year = context.schoolYear(arguments)
        let export = try AggregateExport.collect(
            from: context.session.registry.aggregates,
            request: AggregateRequest(schoolYear: year, audience: audience, minimumRespondents: minimum),
            school: AggregateExport.School(brin: branch?.brin ?? "", name: branch?.name ?? ""),
            scan: try AgendaScanExport.statuses(in: store, schoolYear: year), made: context.today, in: store)
        let json = try export.json()
        try context.logAudit(
            .export, what: "evaluatie \(year) voor \(audience.rawValue)", count: export.tables.count,
            arguments: arguments)
        return .text(json)
    }
}
