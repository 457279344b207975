import Foundation

/// Reads the school's own CSV of alumni destinations and checks every row before anything is written.
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

    var good: [(line: Int, row: AlumnusDestination)] = []
    var bad: [BadRow] = []

    init(data: Data, path: String, at span: SourceSpan) throws(LOBError) {
        let file = try ImportFile<Field, AlumnusDestination>(
            data: data, path: path, mappings: [], at: span,
            key: { "\($0.studentNumber)\u{1F}\($0.cohort)" },
            duplicate: { row, first in
                Message(.transitionRowDuplicate, row.studentNumber, String(row.cohort), String(first))
            },
            check: AlumniFile.check)
        good = file.good
        bad = file.bad
    }

    static func check(_ record: ImportRecord<Field>) -> Result<AlumnusDestination, RowError> {
        let cohortText = record[.cohort]
        guard let cohort = cohort(cohortText) else {
            return .failure(RowError(Message(.transitionRowBadCohort, Field.cohort.rawValue, cohortText)))
        }
        let typeText = record[.schoolType]
        guard let type = SchoolType(spelling: typeText) else {
            let known = SchoolType.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(RowError(Message(.transitionRowBadValue, Field.schoolType.rawValue, typeText, known)))
        }
        let destinationText = record[.destination]
        guard let destination = Destination(spelling: destinationText) else {
            let known = Destination.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(
                RowError(Message(.transitionRowBadValue, Field.destination.rawValue, destinationText, known)))
        }
        let statusText = record[.status]
        guard let status = FollowUpStatus(spelling: statusText) else {
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
