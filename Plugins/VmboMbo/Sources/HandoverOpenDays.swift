import Foundation
import LOBKit

/// An open day of the regional mbo calendar, and the activity code it became.
struct CalendarOpenDay: Sendable, Equatable {
    var code: String
    var institution: String
    var date: LOBDate
    var title: String
    var location: String

    /// What makes an open day the same one on a second import: institution, date and location (a title may
    /// be reworded); case and surrounding blanks do not count.
    var key: String {
        [institution, date.description, location].map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .joined(separator: "|")
    }

    /// The activity's name: the title, with the institution added when the title does not name it.
    var activityName: String {
        title.lowercased().contains(institution.lowercased()) ? title : title + " " + institution
    }

    /// The activity's description: where, and where it came from.
    var activityDescription: String {
        (location.isEmpty ? "" : "Locatie: " + location + ". ") + "Uit de regionale open-dagenkalender vmbo-mbo."
    }
}

/// `overdracht opendagen BESTAND`: puts the regional mbo open-day calendar into the activity catalogue, as open
/// days for vmbo leerjaar 3 and 4 with the institution as partner, through `activiteit nieuw` and
/// `activiteit wijzig`. A second import of the same calendar changes nothing; a reworded title is updated.
///
/// The file (`,` or `;`) has the columns `instelling`, `datum`, `titel` and optionally `locatie`.
struct HandoverOpenDays: Command {
    enum Field: String, CaseIterable {
        case institution = "instelling"
        case date = "datum"
        case title = "titel"
        case location = "locatie"

        var spellings: [String] {
            switch self {
            case .institution: ["instelling", "mboinstelling", "school", "institution"]
            case .date: ["datum", "date", "dag"]
            case .title: ["titel", "naam", "activiteit", "title", "name"]
            case .location: ["locatie", "plaats", "adres", "location"]
            }
        }
    }

    static let columns = ["code", "instelling", "datum", "titel", "locatie", "actie"]

    static let spec = CommandSpec(
        "opendagen", group: "overdracht", aliases: ["open-days"],
        summary: Localized(
            nl:
                "Zet de regionale open-dagenkalender van het mbo (instelling, datum, titel, locatie) als open dagen voor vmbo 3 en 4 in de activiteitencatalogus; opnieuw inlezen verdubbelt niets",
            en:
                "Puts the regional mbo open-day calendar (instelling, datum, titel, locatie) into the activity catalogue as open days for vmbo 3 and 4; importing again doubles nothing"
        ),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl: "Het CSV-bestand (, of ;) met de kolommen instelling, datum, titel en eventueel locatie",
                    en: "The CSV file (, or ;) with the columns instelling, datum, titel and optionally locatie"))
        ],
        examples: [
            Example(
                "overdracht opendagen opendagen-regio.csv",
                Localized(
                    nl: "De open dagen van de regio in de catalogus", en: "The region's open days into the catalogue"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let file = try CSVImportFile<Field>(
            data: try context.readFile(path, at: span), path: path, spellings: \.spellings,
            mandatory: [.institution, .date, .title], at: span)
        var days: [CalendarOpenDay] = []
        var problems: [RowProblem] = []
        var firstLine: [String: Int] = [:]
        for row in file.rows {
            var missing = false
            for field in [Field.institution, .title] where row[field].isEmpty {
                problems.append(file.problem(row, field, Message(HandoverText.rowEmpty)))
                missing = true
            }
            guard let date = LOBDate(parsing: row[.date]) else {
                let reason =
                    row[.date].isEmpty ? Message(HandoverText.rowEmpty) : Message(HandoverText.rowBadDate, row[.date])
                problems.append(file.problem(row, .date, reason))
                continue
            }
            if missing { continue }
            let day = CalendarOpenDay(
                code: "", institution: row[.institution], date: date, title: row[.title], location: row[.location])
            if let first = firstLine[day.key] {
                problems.append(
                    RowProblem(line: row.line, column: nil, reason: Message(HandoverText.rowSameOpenDay, String(first)))
                )
                continue
            }
            firstLine[day.key] = row.line
            days.append(day)
        }
        try file.refuseIfProblems(problems, at: span, language: context.language)

        let store = try context.store()
        var rows: [[Value]] = []
        for var day in days {
            let action: Localized
            let known = try store.openDay(key: day.key)
            let stillThere =
                try known.map { known throws(LOBError) in try store.activityExists(code: known.code) } ?? false
            if let known, stillThere {
                day.code = known.code
                if known.title == day.title && known.institution == day.institution && known.location == day.location {
                    action = HandoverText.openDayUnchanged
                } else {
                    _ = try context.evaluate(
                        "activiteit wijzig \(day.code) --naam \(Self.quoted(day.activityName)) --partner \(Self.quoted(day.institution)) --omschrijving \(Self.quoted(day.activityDescription))"
                    )
                    action = HandoverText.openDayUpdated
                }
            } else {
                if let known {
                    day.code = known.code
                } else {
                    day.code = try Self.newCode(for: day, in: store)
                }
                _ = try context.evaluate(Self.addLine(day))
                action = HandoverText.openDayAdded
            }
            try store.saveOpenDay(day, key: day.key)
            rows.append([
                .text(day.code), .text(day.institution), .date(day.date), .text(day.title),
                day.location.isEmpty ? .nothing : .text(day.location), .text(action.text(context.language)),
            ])
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }

    /// The `activiteit nieuw` line for an open day: vmbo 3 and 4, outside school, on its one day.
    static func addLine(_ day: CalendarOpenDay) -> String {
        [
            "activiteit nieuw", day.code, "--naam", quoted(day.activityName), "--soort open-dag",
            "--schooltype vmbo-bb --schooltype vmbo-kb --schooltype vmbo-gl --schooltype vmbo-tl",
            "--leerjaar 3 --leerjaar 4 --competentie werkexploratie --keuzemoment vervolgopleiding",
            "--partner", quoted(day.institution), "--van", day.date.description, "--tot", day.date.description,
            "--buiten-school --omschrijving", quoted(day.activityDescription),
        ].joined(separator: " ")
    }

    /// A code no activity has yet: `OD-`, the institution in at most 8 letters, the date as `YYMMDD`, and
    /// `-2`, `-3`… when that is taken (at most 20 characters, as the catalogue allows).
    static func newCode(for day: CalendarOpenDay, in store: StoreTransaction) throws(LOBError) -> String {
        let year = String(day.date.year % 100)
        let month = String(day.date.month)
        let dayOfMonth = String(day.date.day)
        let stamp = [(year, 2), (month, 2), (dayOfMonth, 2)].map { String(repeating: "0", count: $1 - $0.count) + $0 }
            .joined()
        let base = "OD-" + abbreviation(day.institution) + "-" + stamp
        var code = base
        var suffix = 1
        while try Self.isTaken(code, in: store) {
            suffix += 1
            code = base + "-" + String(suffix)
        }
        return code
    }

    /// Whether an activity or an earlier open day of the calendar has this code.
    static func isTaken(_ code: String, in store: StoreTransaction) throws(LOBError) -> Bool {
        if try store.activityExists(code: code) { return true }
        return try store.openDayCodeTaken(code)
    }

    /// An institution's name in at most 8 capitals or digits: the whole name when it fits (`ROCZUID`), else
    /// the initials of its words when there are three or more (`VTZ`), else its first 8.
    static func abbreviation(_ institution: String) -> String {
        let folded = institution.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        let joined = words.joined()
        if joined.isEmpty { return "MBO" }
        if joined.count <= 8 { return joined }
        let initials = String(words.compactMap(\.first))
        return initials.count >= 3 ? String(initials.prefix(8)) : String(joined.prefix(8))
    }

    /// A value as one lobsh word: in double quotes, with `\`, `"` and `$` escaped so nothing is expanded.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "\"", "$": escaped += "\\" + String(character)
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return "\"" + escaped + "\""
    }
}
