import Foundation
import LOBKit

/// `hoger resultaten [--cohort] [--per]`: the first-year results institutions sent back, per cohort and group, with a
/// total per cohort. A `<5` stays the range 1–4 and every total and share built on it is a range too. This is the
/// school's own view: small counts are shown as ranges here, and hidden in what the school shares (the report and
/// the network export).
struct HigherResults: Command {
    enum Grouping: String, CaseIterable {
        case institution = "instelling"
        case sector = "sector"
        case prior = "vooropleiding"
        case kind = "soort"

        func group(of result: FirstYearResult) -> String {
            switch self {
            case .institution: result.institution
            case .sector: result.sector
            case .prior: result.priorEducation.rawValue
            case .kind: result.kind.rawValue
            }
        }
    }

    static let spec = CommandSpec(
        "resultaten", group: "hoger", aliases: ["results"],
        summary: Localized(
            nl:
                "Toont de eerstejaarsresultaten van oud-leerlingen in het hoger onderwijs: gestart, doorgegaan, geswitcht, uitgevallen, positief BSA, per cohort (<5 als bereik 1–4)",
            en:
                "Shows the first-year results of alumni in higher education: started, continued, switched, dropped out, positive BSA, per cohort (<5 as the range 1–4)"
        ),
        flags: [
            Flag(
                "cohort", aliases: ["exam-year"], .integer,
                help: Localized(
                    nl: "Alleen dit cohort: het jaar van het examen, zoals 2025",
                    en: "Only this cohort: the year of the exam, such as 2025")),
            Flag(
                "per", .choice(Grouping.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "Waarnaar gegroepeerd wordt (standaard instelling)", en: "What to group by (default instelling)"
                )),
        ],
        examples: [
            Example(
                "hoger resultaten",
                Localized(nl: "Alle cohorten per instelling", en: "Every cohort per institution")),
            Example(
                "hoger resultaten --cohort 2025 --per sector",
                Localized(nl: "Cohort 2025 per sector", en: "Cohort 2025 per sector")),
        ]
    )

    static let counts = ["gestart", "doorgegaan", "geswitcht", "uitgevallen", "onbekend", "bsa-positief"]

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let grouping = arguments.text("per").flatMap(Grouping.init(rawValue:)) ?? .institution
        let store = try context.store()
        let all = try store.firstYearResults()
        let cohorts = Array(Set(all.map(\.cohort))).sorted()
        guard !cohorts.isEmpty else { throw LOBError(.failed, Message(VoHoText.noResults), at: context.callSpan) }
        var shown = cohorts
        if let asked = arguments.integer("cohort") {
            guard cohorts.contains(asked) else {
                throw LOBError(
                    .failed,
                    Message(
                        VoHoText.noResultsOfCohort, String(asked), cohorts.map(String.init).joined(separator: ", ")),
                    at: arguments.span("cohort"))
            }
            shown = [asked]
        }
        var rows: [[Value]] = []
        for cohort in shown {
            let results = all.filter { $0.cohort == cohort }
            var groups: [String] = []
            for result in results where !groups.contains(grouping.group(of: result)) {
                groups.append(grouping.group(of: result))
            }
            groups.sort { $0.compare($1, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending }
            for group in groups {
                rows.append(
                    [.integer(cohort), .text(group)]
                        + Self.row(results.filter { grouping.group(of: $0) == group }))
            }
            rows.append([.integer(cohort), .text("totaal")] + Self.row(results))
        }
        return .table(
            Table(columns: ["cohort", grouping.rawValue] + Self.counts + ["aandeel-doorgegaan"], rows: rows))
    }

    /// The summed counts of `results` and the share that continued: ranges where any count is one.
    static func row(_ results: [FirstYearResult]) -> [Value] {
        let total = FirstYearTotals(results)
        let share = CountRange.shares(total.statusParts).first ?? 0...0
        return [
            total.started.value, total.continued.value, total.switched.value, total.droppedOut.value,
            total.unknown.value, total.bsaPositive?.value ?? .nothing, .text(CountRange.percent(share)),
        ]
    }
}

/// The sums of a set of first-year results.
struct FirstYearTotals {
    var started = CountRange.zero
    var continued = CountRange.zero
    var switched = CountRange.zero
    var droppedOut = CountRange.zero
    var unknown = CountRange.zero
    /// The positive BSAs of the results that give them; nil when none does.
    var bsaPositive: CountRange?

    init(_ results: [FirstYearResult]) {
        for result in results {
            started += result.started
            continued += result.continued
            switched += result.switched
            droppedOut += result.droppedOut
            unknown += result.unknown
            if let bsa = result.bsaPositive { bsaPositive = (bsaPositive ?? .zero) + bsa }
        }
    }

    /// Continued, switched, dropped out and unknown: the parts of `started`.
    var statusParts: [CountRange] { [continued, switched, droppedOut, unknown] }
}
