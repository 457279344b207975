import Foundation

/// Reads the school's own CSV of alumni destinations, checking every row; the import writes the good ones as they
/// come and keeps them only when no row was bad.
///
/// Columns: leerlingnummer, cohort, schooltype, bestemming, and optionally profiel, instelling, opleiding,
/// status-na-een-jaar. The cohort is the exam year (`2025`) or the school year of the exam (`2024-2025`).
struct AlumniFile {
    enum Field: String, ImportField {
        case number = "leerlingnummer"
        case cohort = "cohort"
        case schoolType = "schooltype"
        case profile = "profiel"
        case destination = "bestemming"
        case institution = "instelling"
        case programme = "opleiding"
        case status = "status-na-een-jaar"

        var headers: [String] {
            switch self {
            case .number: RosterImport.Field.number.headers
            case .cohort: ["cohort", "examenjaar", "diplomajaar", "jaar", "examyear"]
            case .schoolType: ["schooltype", "onderwijstype", "afdeling", "schooltype"]
            case .profile: ["profiel", "sector", "profile"]
            case .destination: ["bestemming", "vervolg", "destination"]
            case .institution: ["instelling", "school", "institution"]
            case .programme: ["opleiding", "programme", "program"]
            case .status: ["statusnaeenjaar", "statusna1jaar", "status", "succes"]
            }
        }

        static let mandatory: [Field] = [.number, .cohort, .schoolType, .destination]
    }

    /// Reads `file` row by row, giving each good row to `accept` with its line (which returns why the row is bad
    /// after all, a duplicate, or nil); bad rows come back by line.
    static func read(
        _ file: inout CSVFileStream, path: String, at span: SourceSpan,
        accept: (Int, AlumnusDestination) throws(LOBError) -> Message?, everyChunk: () throws(LOBError) -> Void
    ) throws(LOBError) -> ImportStream<Field>.Outcome {
        var checker = Checker()
        return try ImportStream<Field>.read(
            &file, path: path, mappings: [], at: span, check: { checker.check($0) }, accept: accept,
            everyChunk: everyChunk)
    }

    /// Checks rows as `check` does, remembering what each spelling of a cohort, school type, destination and
    /// status read as: a national file spells them a handful of ways, and reading a spelling costs more than
    /// the rest of a row.
    struct Checker {
        private var cohorts: [String: Int?] = [:]
        private var types: [String: SchoolType?] = [:]
        private var destinations: [String: Destination?] = [:]
        private var statuses: [String: FollowUpStatus?] = [:]

        mutating func check(_ record: ImportRecord<Field>) -> Result<AlumnusDestination, RowError> {
            AlumniFile.check(
                record, cohort: { Self.read($0, in: &cohorts, by: AlumniFile.cohort) },
                type: { Self.read($0, in: &types, by: SchoolType.init(spelling:)) },
                destination: { Self.read($0, in: &destinations, by: Destination.init(spelling:)) },
                status: { Self.read($0, in: &statuses, by: FollowUpStatus.init(spelling:)) })
        }

        /// What `read` makes of `text`, remembered for the first spellings (a file of garbage stays small here).
        private static func read<Reading>(
            _ text: String, in known: inout [String: Reading?], by read: (String) -> Reading?
        ) -> Reading? {
            if let value = known[text] { return value }
            let value = read(text)
            if known.count < 512 { known[text] = value }
            return value
        }
    }

    static func check(_ record: ImportRecord<Field>) -> Result<AlumnusDestination, RowError> {
        check(
            record, cohort: cohort, type: SchoolType.init(spelling:), destination: Destination.init(spelling:),
            status: FollowUpStatus.init(spelling:))
    }

    private static func check(
        _ record: ImportRecord<Field>, cohort readCohort: (String) -> Int?, type readType: (String) -> SchoolType?,
        destination readDestination: (String) -> Destination?, status readStatus: (String) -> FollowUpStatus?
    ) -> Result<AlumnusDestination, RowError> {
        let cohortText = record[.cohort]
        guard let cohort = readCohort(cohortText) else {
            return .failure(RowError(Message(.transitionRowBadCohort, Field.cohort.rawValue, cohortText)))
        }
        let typeText = record[.schoolType]
        guard let type = readType(typeText) else {
            let known = SchoolType.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(RowError(Message(.transitionRowBadValue, Field.schoolType.rawValue, typeText, known)))
        }
        let destinationText = record[.destination]
        guard let destination = readDestination(destinationText) else {
            let known = Destination.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(
                RowError(Message(.transitionRowBadValue, Field.destination.rawValue, destinationText, known)))
        }
        let statusText = record[.status]
        guard let status = readStatus(statusText) else {
            let known = FollowUpStatus.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(RowError(Message(.transitionRowBadValue, Field.status.rawValue, statusText, known)))
        }
        return .success(
            AlumnusDestination(
                studentNumber: record[.number], cohort: cohort, schoolType: type, profile: record[.profile],
                destination: destination, institution: record[.institution], programme: record[.programme],
                status: status))
    }

    /// An exam year (`2025`) or the school year of the exam (`2024-2025`, which is cohort 2025).
    static func cohort(_ text: String) -> Int? {
        if let year = Int(text), (1950...2200).contains(year) { return year }
        if let schoolYear = SchoolYear(parsing: text) { return schoolYear.startYear + 1 }
        return nil
    }
}
