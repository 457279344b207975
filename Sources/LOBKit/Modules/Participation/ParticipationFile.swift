import Foundation

/// Reads a CSV of participations (with their reflections) and checks every row against the catalogue
/// and the roster before anything is written.
struct ParticipationFile {
    /// The fields a participation file has, with the headers used for them.
    enum Field: String, ImportField {
        case code = "code"
        case number = "leerlingnummer"
        case date = "datum"
        case status = "status"
        case intendedGoals = "beoogde-doelen"
        case results = "resultaten"
        case evaluation = "evaluatie"
        case followUp = "vervolgactiviteiten"

        /// Header spellings, most specific first, matched as the roster import matches them.
        var headers: [String] {
            switch self {
            case .code: ["code", "activiteitcode", "activiteitscode", "activitycode", "activiteit", "activity"]
            case .number: RosterImport.Field.number.headers
            case .date: ["datum", "deelnamedatum", "date"]
            case .status: ["status", "aanwezigheid"]
            case .intendedGoals: ["beoogdedoelen", "doelen", "beoogddoel", "doel", "intendedgoals", "goals"]
            case .results: ["resultaten", "resultaat", "results"]
            case .evaluation: ["evaluatie", "evaluation"]
            case .followUp: ["vervolgactiviteiten", "vervolgactiviteit", "vervolg", "followup"]
            }
        }

        static let mandatory: [Field] = [.code, .number, .date]
    }

    /// A row that is fine.
    struct GoodRow {
        var line: Int
        var participation: Participation
        /// Whether the row had a status (else an existing participation keeps its own).
        var hasStatus: Bool
        /// Whether the activity is meant for the student's school type and leerjaar.
        var isForStudent: Bool
    }

    var good: [GoodRow] = []
    var bad: [BadRow] = []

    /// Reads and checks `data`; throws only when the file as a whole cannot be read (no header, a missing column).
    init(
        data: Data, path: String, mappings: [(key: String, value: String)], lookup: ParticipationLookup,
        at span: SourceSpan
    ) throws(LOBError) {
        let file = try ImportFile<Field, GoodRow>(
            data: data, path: path, mappings: mappings, at: span,
            key: { row in
                [row.participation.activityCode, row.participation.studentNumber, "\(row.participation.date)"]
                    .joined(separator: "\u{1F}")
            },
            duplicate: { _, first in Message(.participationRowDuplicate, String(first)) },
            check: { record in ParticipationFile.check(record, lookup: lookup) })
        good = file.good.map(\.row)
        bad = file.bad
    }

    /// Checks one record: an activity and a student that exist, a date, a known status.
    static func check(_ record: ImportRecord<Field>, lookup: ParticipationLookup) -> Result<GoodRow, RowError> {
        func field(_ field: Field) -> String { record[field] }
        let code = field(.code)
        guard let activity = lookup.activity(code) else { return .failure(RowError(lookup.unknownActivity(code))) }
        let number = field(.number)
        guard let student = lookup.student(number) else { return .failure(RowError(lookup.unknownStudent(number))) }
        let dateText = field(.date)
        guard let date = LOBDate(parsing: dateText) else {
            return .failure(RowError(Message(.participationRowBadDate, dateText)))
        }
        let statusText = field(.status)
        let status: ParticipationStatus
        if statusText.isEmpty {
            status = .participated
        } else if let known = ParticipationFile.status(statusText) {
            status = known
        } else {
            let known = ParticipationStatus.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(RowError(Message(.participationRowUnknownStatus, statusText, known)))
        }
        let participation = Participation(
            activityCode: activity.code, studentNumber: student.number, date: date, status: status,
            intendedGoals: field(.intendedGoals), results: field(.results), evaluation: field(.evaluation),
            followUp: field(.followUp))
        return .success(
            GoodRow(
                line: record.line, participation: participation, hasStatus: !statusText.isEmpty,
                isForStudent: activity.isFor(student.schoolType, year: student.year)))
    }

    /// A status as files write it: the Dutch words in any case, or their English counterparts.
    static func status(_ text: String) -> ParticipationStatus? {
        let key = CSVHeader.normalize(text)
        if let status = ParticipationStatus.allCases.first(where: { $0.rawValue == key }) { return status }
        switch key {
        case "signedup", "registered", "ingeschreven": return .signedUp
        case "participated", "attended", "aanwezig", "ja": return .participated
        case "absent", "nee": return .absent
        default: return nil
        }
    }

}
