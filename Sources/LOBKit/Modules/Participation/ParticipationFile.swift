import Foundation

/// Reads a CSV of participations (with their reflections) and checks every row against the catalogue
/// and the roster before anything is written.
struct ParticipationFile {
    /// The fields a participation file has, with the headers used for them.
    enum Field: String, CaseIterable {
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

        static let required: [Field] = [.code, .number, .date]
    }

    /// A row that cannot be imported: its line and what is wrong.
    struct BadRow: Sendable {
        var line: Int
        var message: Message
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
        let document = CSVReader.read(data, separator: nil)
        if case .utf16? = document.problems.first {
            try document.throwIfBroken(path: path, at: span)
        }
        guard let header = document.header else { throw LOBError(.data, Message(.importEmptyFile, path), at: span) }
        let columns = try ParticipationFile.mapColumns(header.fields, mappings: mappings, path: path, at: span)

        var unterminatedLine: Int?
        for problem in document.problems {
            switch problem {
            case .unterminatedQuote(let line):
                unterminatedLine = line
                bad.append(BadRow(line: line, message: Message(.rowUnterminatedQuote)))
            case .invalidUTF8(let line):
                bad.append(BadRow(line: line, message: Message(.rowInvalidUTF8)))
            case .utf16:
                break
            }
        }
        var seen: [String: Int] = [:]
        for record in document.records where record.line != unterminatedLine {
            switch ParticipationFile.check(record, columns: columns, headerCount: header.fields.count, lookup: lookup) {
            case .failure(let rowError):
                bad.append(BadRow(line: record.line, message: rowError.message))
            case .success(let row):
                let key = [
                    row.participation.activityCode, row.participation.studentNumber, "\(row.participation.date)",
                ]
                .joined(separator: "\u{1F}")
                if let first = seen[key] {
                    bad.append(BadRow(line: record.line, message: Message(.participationRowDuplicate, String(first))))
                } else {
                    seen[key] = record.line
                    good.append(row)
                }
            }
        }
        bad.sort { $0.line < $1.line }
    }

    /// Finds each field's column; `--kolom veld=Kop` wins over the usual names.
    static func mapColumns(
        _ headers: [String], mappings: [(key: String, value: String)], path: String, at span: SourceSpan
    ) throws(LOBError) -> [Field: Int] {
        let normalized = headers.map(RosterImport.Field.normalize)
        var columns: [Field: Int] = [:]
        for field in Field.allCases {
            // By spelling first, then by position: an export of `deelname lijst` has both `code` and
            // `activiteit` (the name), and the code is the one to read.
            if let index = field.headers.lazy.compactMap({ normalized.firstIndex(of: $0) }).first {
                columns[field] = index
            }
        }
        for (key, header) in mappings {
            guard let field = Field(rawValue: key) else { continue }
            guard
                let index = headers.firstIndex(where: { $0 == header })
                    ?? normalized.firstIndex(of: RosterImport.Field.normalize(header))
            else {
                throw LOBError(
                    .data, Message(.importMappedHeaderMissing, header, path, headers.joined(separator: ", ")), at: span)
            }
            columns[field] = index
        }
        let missing = Field.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw LOBError(
                .data,
                Message(
                    .importMissingColumns, path, missing.map(\.rawValue).joined(separator: ", "),
                    headers.joined(separator: ", ")),
                at: span)
        }
        return columns
    }

    /// Checks one record: an activity and a student that exist, a date, a known status.
    static func check(
        _ record: CSVRecord, columns: [Field: Int], headerCount: Int, lookup: ParticipationLookup
    ) -> Result<GoodRow, RowError> {
        if record.fields.count != headerCount {
            return .failure(RowError(Message(.rowFieldCount, String(record.fields.count), String(headerCount))))
        }
        func field(_ field: Field) -> String {
            guard let index = columns[field], index < record.fields.count else { return "" }
            return record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let code = field(.code)
        guard !code.isEmpty else { return .failure(RowError(Message(.rowMissingValue, Field.code.rawValue))) }
        guard let activity = lookup.activity(code) else { return .failure(RowError(lookup.unknownActivity(code))) }
        let number = field(.number)
        guard !number.isEmpty else { return .failure(RowError(Message(.rowMissingValue, Field.number.rawValue))) }
        guard let student = lookup.student(number) else { return .failure(RowError(lookup.unknownStudent(number))) }
        let dateText = field(.date)
        guard !dateText.isEmpty else { return .failure(RowError(Message(.rowMissingValue, Field.date.rawValue))) }
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
        let key = RosterImport.Field.normalize(text)
        if let status = ParticipationStatus.allCases.first(where: { $0.rawValue == key }) { return status }
        switch key {
        case "signedup", "registered", "ingeschreven": return .signedUp
        case "participated", "attended", "aanwezig", "ja": return .participated
        case "absent", "nee": return .absent
        default: return nil
        }
    }

    /// A reason a row is bad, as an error so that `Result` can carry it.
    struct RowError: Error {
        var message: Message
        init(_ message: Message) { self.message = message }
    }
}
