import Foundation

/// Reads a roster CSV as schools' administrations export it, and checks every row before anything is written.
struct RosterImport {
    /// The fields a roster has, with the headers schools use for them.
    enum Field: String, ImportField {
        case number = "leerlingnummer"
        case givenName = "roepnaam"
        case infix = "tussenvoegsel"
        case surname = "achternaam"
        case className = "klas"
        case year = "leerjaar"
        case schoolType = "schooltype"
        case profile = "profiel"
        case mentor = "mentor"
        case brin = "brin"
        case branch = "vestiging"

        /// Header spellings matched case-insensitively, without spaces, dashes or underscores.
        var headers: [String] {
            switch self {
            case .number:
                ["leerlingnummer", "stamnummer", "llnr", "leerlingnr", "studentnummer", "number", "studentnumber"]
            case .givenName: ["roepnaam", "voornaam", "firstname", "givenname"]
            case .infix: ["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "infix"]
            case .surname: ["achternaam", "naam", "lastname", "surname", "familynaam"]
            case .className: ["klas", "stamklas", "groep", "class"]
            case .year: ["leerjaar", "jaar", "year", "grade"]
            case .schoolType: ["schooltype", "afdeling", "opleiding", "niveau", "schoolsoort", "type"]
            case .profile: ["profiel", "sector", "profile"]
            case .mentor: ["mentor", "mentornaam", "coach"]
            case .brin: ["brin", "brincode", "brinnummer"]
            case .branch: ["vestiging", "vestigingsnummer", "vestigingnummer", "branch"]
            }
        }

        static let mandatory: [Field] = [.number, .givenName, .surname, .year, .schoolType]

    }

    /// A row that is fine, before it has a vestiging id.
    struct GoodRow {
        var line: Int
        var student: Student
        var brin: String?
        var branchNumber: String?
    }

    var good: [GoodRow] = []
    var bad: [BadRow] = []

    /// Reads and checks `data`; throws only when the file as a whole cannot be read (no header, a missing column).
    init(data: Data, path: String, mappings: [(key: String, value: String)], at span: SourceSpan) throws(LOBError) {
        let file = try ImportFile<Field, GoodRow>(
            data: data, path: path, mappings: mappings, at: span, key: { $0.student.number },
            duplicate: { row, first in Message(.rowDuplicateNumber, row.student.number, String(first)) },
            check: RosterImport.check)
        good = file.good.map(\.row)
        bad = file.bad
    }

    /// Checks one record: every field that must be there, a leerjaar that is a number the school type has.
    static func check(_ record: ImportRecord<Field>) -> Result<GoodRow, RowError> {
        func field(_ field: Field) -> String { record[field] }
        let number = field(.number)
        let typeText = field(.schoolType)
        guard let type = SchoolType(spelling: typeText) else {
            return .failure(
                RowError(
                    Message(
                        .rowUnknownSchoolType, typeText, SchoolType.allCases.map(\.rawValue).joined(separator: ", "))))
        }
        let yearText = field(.year)
        guard let year = Int(yearText) else { return .failure(RowError(Message(.rowYearNotNumber, yearText))) }
        guard (1...type.finalYear).contains(year) else {
            return .failure(RowError(Message(.rowYearOutOfRange, String(year), type.rawValue, String(type.finalYear))))
        }
        let brin = field(.brin)
        let branch = field(.branch)
        let student = Student(
            number: number, givenName: field(.givenName), infix: field(.infix), surname: field(.surname),
            className: field(.className), year: year, schoolType: type, profile: field(.profile),
            mentor: field(.mentor), branchID: 0)
        return .success(
            GoodRow(
                line: record.line, student: student, brin: brin.isEmpty ? nil : brin.uppercased(),
                branchNumber: branch.isEmpty ? nil : branch))
    }
}
