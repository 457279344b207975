import Foundation
import LOBKit

/// `hoger activiteiten BESTAND`: puts the network's calendar of open days, proefstudeerdagen and meeloopdagen of
/// hogescholen and universiteiten into the activity catalogue, for havo and vwo from leerjaar 4, with the
/// institution as partner, through `activiteit nieuw` and `activiteit wijzig`. A second import of the same calendar
/// changes nothing; a reworded title is updated. All or nothing: every bad row is listed (exit 3).
///
/// The file (`,` or `;`) has the columns `instelling`, `soort` (`open-dag`, `proefstuderen`, `meeloopdag`),
/// `datum`, `titel`, and optionally `opleiding` and `plaats`. The catalogue has school types and years, not pairs of
/// them: havo 4–5 and vwo 4–6 is the nearest it gets to havo 4–5 and vwo 5–6.
struct HigherActivities: Command {
    enum Field: String, CaseIterable {
        case institution = "instelling"
        case kind = "soort"
        case date = "datum"
        case title = "titel"
        case programme = "opleiding"
        case place = "plaats"

        var spellings: [String] {
            switch self {
            case .institution: ["instelling", "hogeschool", "universiteit", "school", "institution"]
            case .kind: ["soort", "type", "activiteit", "kind"]
            case .date: ["datum", "date", "dag"]
            case .title: ["titel", "naam", "title", "name"]
            case .programme: ["opleiding", "studie", "programme", "program"]
            case .place: ["plaats", "locatie", "adres", "place", "location"]
            }
        }
    }

    static let columns = ["code", "instelling", "soort", "datum", "titel", "opleiding", "plaats", "actie"]

    static let spec = CommandSpec(
        "activiteiten", group: "hoger", aliases: ["activities"],
        summary: Localized(
            nl:
                "Zet de open dagen, proefstudeerdagen en meeloopdagen van de hogescholen en universiteiten van het netwerk als activiteiten voor havo en vwo in de catalogus; opnieuw inlezen verdubbelt niets",
            en:
                "Puts the open days, trial study days and shadow days of the network's universities into the activity catalogue for havo and vwo; importing again doubles nothing"
        ),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl:
                        "Het CSV-bestand (, of ;) met de kolommen instelling, soort, datum, titel en eventueel opleiding en plaats",
                    en:
                        "The CSV file (, or ;) with the columns instelling, soort, datum, titel and optionally opleiding and plaats"
                ))
        ],
        examples: [
            Example(
                "hoger activiteiten ho-kalender.csv",
                Localized(
                    nl: "De activiteiten van de hogescholen en universiteiten in de catalogus",
                    en: "The universities' activities into the catalogue"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let file = try CSVImportFile<Field>(
            data: try context.readFile(path, at: span), path: path, spellings: \.spellings,
            mandatory: [.institution, .kind, .date, .title], at: span)
        var activities: [CalendarActivity] = []
        var problems: [RowProblem] = []
        var firstLine: [String: Int] = [:]
        for row in file.rows {
            var bad = false
            for field in [Field.institution, .title] where row[field].isEmpty {
                problems.append(file.problem(row, field, Message(VoHoText.rowEmpty)))
                bad = true
            }
            let kind = HigherActivityKind(spelling: row[.kind])
            if kind == nil {
                let reason =
                    row[.kind].isEmpty
                    ? Message(VoHoText.rowEmpty)
                    : Message(VoHoText.rowUnknownKind, row[.kind], HigherActivityKind.names.joined(separator: ", "))
                problems.append(file.problem(row, .kind, reason))
            }
            let date = LOBDate(parsing: row[.date])
            if date == nil {
                let reason =
                    row[.date].isEmpty ? Message(VoHoText.rowEmpty) : Message(VoHoText.rowBadDate, row[.date])
                problems.append(file.problem(row, .date, reason))
            }
            guard !bad, let kind, let date else { continue }
            let activity = CalendarActivity(
                code: "", institution: row[.institution], kind: kind, date: date, title: row[.title],
                programme: row[.programme], place: row[.place])
            if let first = firstLine[activity.key] {
                problems.append(
                    RowProblem(line: row.line, column: nil, reason: Message(VoHoText.rowSameActivity, String(first))))
                continue
            }
            firstLine[activity.key] = row.line
            activities.append(activity)
        }
        try file.refuseIfProblems(problems, at: span, language: context.language)

        let store = try context.store()
        var rows: [[Value]] = []
        for var activity in activities {
            let action: Localized
            let known = try store.calendarActivity(key: activity.key)
            let stillThere =
                try known.map { known throws(LOBError) in try store.activityExists(code: known.code) } ?? false
            if let known, stillThere {
                activity.code = known.code
                if known.title == activity.title && known.institution == activity.institution {
                    action = VoHoText.activityUnchanged
                } else {
                    _ = try context.evaluate(
                        "activiteit wijzig \(activity.code) --naam \(VoHoLookup.quoted(activity.activityName)) --partner \(VoHoLookup.quoted(activity.institution)) --omschrijving \(VoHoLookup.quoted(activity.activityDescription))"
                    )
                    action = VoHoText.activityUpdated
                }
            } else {
                if let known {
                    activity.code = known.code
                } else {
                    activity.code = try Self.newCode(for: activity, in: store)
                }
                _ = try context.evaluate(Self.addLine(activity))
                action = VoHoText.activityAdded
            }
            try store.saveCalendarActivity(activity)
            rows.append([
                .text(activity.code), .text(activity.institution), .text(activity.kind.rawValue), .date(activity.date),
                .text(activity.title), activity.programme.isEmpty ? .nothing : .text(activity.programme),
                activity.place.isEmpty ? .nothing : .text(activity.place), .text(action.text(context.language)),
            ])
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }

    /// The `activiteit nieuw` line for a calendar row: havo and vwo from leerjaar 4, outside school, on its one day.
    static func addLine(_ activity: CalendarActivity) -> String {
        [
            "activiteit nieuw", activity.code, "--naam", VoHoLookup.quoted(activity.activityName), "--soort",
            activity.kind.rawValue, "--schooltype havo --schooltype vwo --leerjaar 4 --leerjaar 5 --leerjaar 6",
            "--competentie werkexploratie --keuzemoment vervolgopleiding --partner",
            VoHoLookup.quoted(activity.institution), "--van", activity.date.description, "--tot",
            activity.date.description, "--buiten-school --omschrijving",
            VoHoLookup.quoted(activity.activityDescription),
        ].joined(separator: " ")
    }

    /// A code no activity has yet: `OD-`, `PS-` or `ML-`, the institution in at most 8 letters, the date as `YYMMDD`,
    /// and `-2`, `-3`… when that is taken (at most 20 characters, as the catalogue allows).
    static func newCode(for activity: CalendarActivity, in store: StoreTransaction) throws(LOBError) -> String {
        let parts: [Int] = [activity.date.year % 100, activity.date.month, activity.date.day]
        let stamp = parts.map { (number: Int) -> String in number < 10 ? "0" + String(number) : String(number) }
            .joined()
        let base = activity.kind.codePrefix + "-" + abbreviation(activity.institution) + "-" + stamp
        var code = base
        var suffix = 1
        while try store.activityCodeTaken(code) {
            suffix += 1
            code = base + "-" + String(suffix)
        }
        return code
    }

    /// An institution's name in at most 8 capitals or digits: the whole name when it fits (`HAN`), else the initials
    /// of its words when there are two or more (`HZ` for Hogeschool Zuid), else its first 8.
    static func abbreviation(_ institution: String) -> String {
        let folded = institution.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        let joined = words.joined()
        if joined.isEmpty { return "HO" }
        if joined.count <= 8 { return joined }
        let initials = String(words.compactMap(\.first))
        return initials.count >= 2 ? String(initials.prefix(8)) : String(joined.prefix(8))
    }
}
