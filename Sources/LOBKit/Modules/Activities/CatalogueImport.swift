import Foundation

/// Reads an activity catalogue CSV and checks every row before anything is written, as the roster import does.
struct CatalogueImport {
    /// The fields a catalogue has, with the headers schools use for them.
    enum Field: String, ImportField {
        case code = "code"
        case name = "naam"
        case kind = "soort"
        case description = "omschrijving"
        case schoolTypes = "schooltypen"
        case years = "leerjaren"
        case competencies = "competenties"
        case choiceMoment = "keuzemoment"
        case outsideSchool = "buiten-school"
        case partner = "partner"
        case from = "van"
        case until = "tot"
        case required = "verplicht"

        /// Header spellings, matched as ``normalize(_:)`` leaves them.
        var headers: [String] {
            switch self {
            case .code: ["code", "activiteitcode", "id"]
            case .name: ["naam", "activiteit", "titel", "name", "title"]
            case .kind: ["soort", "type", "kind", "soortactiviteit"]
            case .description: ["omschrijving", "beschrijving", "description"]
            case .schoolTypes:
                ["schooltypen", "schooltype", "schooltypes", "schoolsoorten", "schoolsoort", "afdelingen"]
            case .years: ["leerjaren", "leerjaar", "jaren", "jaar", "years", "year"]
            case .competencies:
                ["competenties", "competentie", "loopbaancompetenties", "loopbaancompetentie", "competencies"]
            case .choiceMoment: ["keuzemoment", "choicemoment"]
            case .outsideSchool: ["buitenschool", "extern", "outsideschool"]
            case .partner: ["partner", "partnerinstelling", "instelling"]
            case .from: ["van", "begin", "start", "startdatum", "begindatum", "from"]
            case .until: ["tot", "eind", "einde", "einddatum", "until", "end"]
            case .required: ["verplicht", "required"]
            }
        }

        static let mandatory: [Field] = [.code, .name, .kind, .years, .competencies]

    }

    /// A row that is fine.
    struct GoodRow {
        var line: Int
        var activity: Activity
    }

    var good: [GoodRow] = []
    var bad: [BadRow] = []

    /// Reads and checks `data`; throws only when the file as a whole cannot be read (no header, a missing column).
    init(data: Data, path: String, mappings: [(key: String, value: String)], at span: SourceSpan) throws(LOBError) {
        let file = try ImportFile<Field, Activity>(
            data: data, path: path, mappings: mappings, at: span, key: { $0.code.lowercased() },
            duplicate: { activity, first in Message(.activityRowDuplicateCode, activity.code, String(first)) },
            check: CatalogueImport.check)
        good = file.good.map { GoodRow(line: $0.line, activity: $0.row) }
        bad = file.bad
    }

    /// Checks one record: the fields that must be there, known values, years and a period that make sense.
    static func check(_ record: ImportRecord<Field>) -> Result<Activity, RowError> {
        func field(_ field: Field) -> String { record[field] }
        do throws(RowError) {
            let code = field(.code)
            guard Activity.isValidCode(code) else { throw RowError(Message(.activityBadCode, code)) }
            let kind = try value(field(.kind), ActivityKind.self, naming: .kind)
            let types = try items(field(.schoolTypes)).map { text throws(RowError) -> SchoolType in
                guard let type = SchoolType(spelling: text) else {
                    throw RowError(
                        Message(
                            .rowUnknownSchoolType, text, SchoolType.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                return type
            }
            let competencies = try items(field(.competencies)).map { text throws(RowError) in
                try value(text, Competency.self, naming: .competencies)
            }
            let momentText = field(.choiceMoment)
            let moment = momentText.isEmpty ? nil : try value(momentText, ChoiceMoment.self, naming: .choiceMoment)
            var activity = Activity(
                code: code, name: field(.name), kind: kind, description: field(.description),
                schoolTypes: types, years: try years(field(.years)),
                competencies: competencies, choiceMoment: moment,
                outsideSchool: try yesNo(field(.outsideSchool), naming: .outsideSchool), partner: field(.partner),
                from: try date(field(.from), naming: .from), until: try date(field(.until), naming: .until),
                required: try yesNo(field(.required), naming: .required))
            activity.normalizeLists()
            if let problem = activity.problem { throw RowError(problem) }
            return .success(activity)
        } catch {
            return .failure(error)
        }
    }

    /// The items of a list field: `a;b`, `a, b` or `a|b`.
    private static func items(_ text: String) -> [String] {
        text.split { $0 == ";" || $0 == "," || $0 == "|" }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !isAll($0) }
    }

    private static func isAll(_ text: String) -> Bool {
        ["alle", "all", "*"].contains(text.lowercased())
    }

    /// A value of a closed vocabulary, written as its code or with spaces for dashes (`open dag`).
    private static func value<T: RawRepresentable & CaseIterable>(
        _ text: String, _ type: T.Type, naming field: Field
    ) throws(RowError) -> T where T.RawValue == String {
        let key = text.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        if let value = T(rawValue: key) { return value }
        let known = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw RowError(Message(.activityRowUnknownValue, field.rawValue, text, known))
    }

    /// `4;5;6`, `4, 5`, `4-6` or a mix such as `1-3;5`.
    private static func years(_ text: String) throws(RowError) -> [Int] {
        var years: [Int] = []
        for item in text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "|" || $0 == " " }) {
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            switch bounds.count {
            case 1:
                guard let year = bounds.first ?? nil else { throw RowError(Message(.activityRowBadYears, text)) }
                years.append(year)
            case 2:
                guard let low = bounds.first ?? nil, let high = bounds.last ?? nil, low <= high else {
                    throw RowError(Message(.activityRowBadYears, text))
                }
                // Checked here rather than afterwards, so that `1-999999` never becomes an array.
                for bound in [low, high] where !Activity.possibleYears.contains(bound) {
                    throw RowError(Message(.activityYearOutOfRange, String(bound)))
                }
                years += Array(low...high)
            default:
                throw RowError(Message(.activityRowBadYears, text))
            }
        }
        if years.isEmpty { throw RowError(Message(.activityRowBadYears, text)) }
        return years
    }

    private static func yesNo(_ text: String, naming field: Field) throws(RowError) -> Bool {
        switch text.lowercased() {
        case "ja", "j", "yes", "y", "1", "waar", "true", "x": return true
        case "nee", "n", "no", "0", "onwaar", "false", "": return false
        default: throw RowError(Message(.activityRowBadYesNo, field.rawValue, text))
        }
    }

    private static func date(_ text: String, naming field: Field) throws(RowError) -> LOBDate? {
        if text.isEmpty { return nil }
        guard let date = LOBDate(parsing: text) else {
            throw RowError(Message(.activityRowBadDate, field.rawValue, text))
        }
        return date
    }

}
