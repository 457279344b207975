import Foundation

/// Reads a roster CSV as schools' administrations export it, and checks every row before anything is written.
struct RosterImport {
    /// The fields a roster has, with the headers schools use for them.
    enum Field: String, CaseIterable {
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

        static let required: [Field] = [.number, .givenName, .surname, .year, .schoolType]

        static func normalize(_ header: String) -> String {
            header.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" && $0 != "." }
        }
    }

    /// A row that cannot be imported: its line and what is wrong.
    struct BadRow: Sendable {
        var line: Int
        var message: Message
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
        let document = CSVReader.read(data, separator: nil)
        if case .utf16? = document.problems.first {
            try document.throwIfBroken(path: path, at: span)
        }
        guard let header = document.header else { throw LOBError(.data, Message(.importEmptyFile, path), at: span) }
        let columns = try RosterImport.mapColumns(header.fields, mappings: mappings, path: path, at: span)

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
            switch RosterImport.check(record, columns: columns, headerCount: header.fields.count) {
            case .failure(let rowError):
                bad.append(BadRow(line: record.line, message: rowError.message))
            case .success(let row):
                if let first = seen[row.student.number] {
                    bad.append(
                        BadRow(
                            line: record.line, message: Message(.rowDuplicateNumber, row.student.number, String(first)))
                    )
                } else {
                    seen[row.student.number] = record.line
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
        let normalized = headers.map(Field.normalize)
        var columns: [Field: Int] = [:]
        for field in Field.allCases {
            if let index = normalized.firstIndex(where: { field.headers.contains($0) }) { columns[field] = index }
        }
        for (key, header) in mappings {
            guard let field = Field(rawValue: key) else { continue }
            guard
                let index = headers.firstIndex(where: { $0 == header })
                    ?? normalized.firstIndex(of: Field.normalize(header))
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

    /// Checks one record: every field that must be there, a leerjaar that is a number the school type has.
    static func check(_ record: CSVRecord, columns: [Field: Int], headerCount: Int) -> Result<GoodRow, RowError> {
        if record.fields.count != headerCount {
            return .failure(RowError(Message(.rowFieldCount, String(record.fields.count), String(headerCount))))
        }
        func field(_ field: Field) -> String {
            guard let index = columns[field], index < record.fields.count else { return "" }
            return record.fields[index].trimmingCharacters(in: .whitespaces)
        }
        let number = field(.number)
        guard !number.isEmpty else { return .failure(RowError(Message(.rowMissingValue, Field.number.rawValue))) }
        guard !field(.givenName).isEmpty else {
            return .failure(RowError(Message(.rowMissingValue, Field.givenName.rawValue)))
        }
        guard !field(.surname).isEmpty else {
            return .failure(RowError(Message(.rowMissingValue, Field.surname.rawValue)))
        }
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

    /// A reason a row is bad, as an error so that `Result` can carry it.
    struct RowError: Error {
        var message: Message
        init(_ message: Message) { self.message = message }
    }
}
