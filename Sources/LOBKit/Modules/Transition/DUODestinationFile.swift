import Foundation

/// Reads DUO's open data 'Bestemming vo-gediplomeerden' and keeps the rows of the school's own BRIN codes.
///
/// The file is `;`-separated UTF-8 with a BOM and CRLF line ends, names quoted (they may hold a `;`), one
/// row per origin vestiging, school type, exam year and destination:
///
/// ```
/// "BRIN NUMMER";"VESTIGINGSNUMMER";"VESTIGINGSNAAM";"GEMEENTENAAM";"ONDERWIJSTYPE VO";"LEERWEG VMBO";
/// "DIPLOMAJAAR";"BESTEMMING";"AANTAL GEDIPLOMEERDEN"
/// "99ZZ";"00";"Het Zuiderlicht College";"Zuiderhaven";"VMBO";"BB";"2025";"MBO niveau 2";"17"
/// "XXXX";"00";"Het Zuiderlicht College";"Zuiderhaven";"VWO";"";"2025";"HBO";"<5"
/// ```
///
/// The real file's header was not at hand when this was written; this one follows DUO's habits (upper-case
/// headers, `ONDERWIJSTYPE VO` with a separate `LEERWEG VMBO`, destinations as `MBO niveau 1`…`4`, `HBO`,
/// `WO`, `HAVO`, `VWO`, `Niet in bekostigd onderwijs`, `Onbekend`), and headers are matched loosely so that
/// small differences read too. The exam year may also be a school year (`2024-2025`, cohort 2025).
///
/// A count of 1 to 4 is published as `<5` and is kept as the range 1…4. DUO then hides the BRIN as `XXXX`.
/// Such a row is the school's only when its vestiging name and gemeente are those of exactly one BRIN in
/// the same file, and that BRIN is one of the school's (a school's name in its gemeente gives it away as
/// surely as the code would); every other `XXXX` row cannot be attributed and is skipped, with a notice
/// that counts them, so the totals then say less than the school's real number.
struct DUODestinationFile {
    enum Field: String, ImportField {
        case brin = "brin"
        case branch = "vestigingsnummer"
        case name = "vestigingsnaam"
        case municipality = "gemeentenaam"
        case educationType = "onderwijstype"
        case track = "leerweg"
        case year = "diplomajaar"
        case destination = "bestemming"
        case count = "aantal"

        var headers: [String] {
            switch self {
            case .brin: ["brinnummer", "brin", "brincode", "instellingscode"]
            case .branch: ["vestigingsnummer", "vestiging", "vestigingscode"]
            case .name: ["vestigingsnaam", "instellingsnaamvestiging", "naamvestiging", "instellingsnaam", "naam"]
            case .municipality: ["gemeentenaam", "gemeente", "plaatsnaam"]
            case .educationType: ["onderwijstypevo", "onderwijstype", "schooltype"]
            case .track: ["leerwegvmbo", "leerweg"]
            case .year: ["diplomajaar", "examenjaar", "jaar", "schooljaar", "cohort"]
            case .destination: ["bestemming", "bestemmingsoort", "vervolgonderwijs"]
            case .count: ["aantalgediplomeerden", "aantal", "gediplomeerden"]
            }
        }

        static let mandatory: [Field] = [.brin, .educationType, .year, .destination, .count]
    }

    /// A row as read, before it is known to be the school's.
    struct Row {
        var brin: String
        var name: String
        var municipality: String
        var count: DUOCount
        var isHidden: Bool { brin.uppercased() == "XXXX" }
    }

    /// The school's counts, summed per cohort, school type and destination.
    var counts: [DUOCount] = []
    /// The rows that were the school's (including `XXXX` rows attributed by name).
    var ownRows = 0
    /// `XXXX` rows that were attributed to the school by name and gemeente.
    var attributedHidden = 0
    /// `XXXX` rows that could not be attributed to any one school.
    var unattributable = 0
    /// Rows of other schools, left out.
    var otherSchools = 0
    var bad: [BadRow] = []
    /// Every BRIN code in the file, for a message when none is the school's.
    var brinsInFile: [String] = []

    init(data: Data, path: String, brins: [String], at span: SourceSpan) throws(LOBError) {
        let file = try ImportFile<Field, Row>(
            data: data, path: path, mappings: [], at: span, key: { _ in nil },
            duplicate: { _, _ in Message(.transitionEmptyGroup) }, check: DUODestinationFile.check)
        bad = file.bad
        let rows = file.good.map(\.row)
        let own = Set(brins.map { $0.uppercased() })
        brinsInFile = Set(rows.filter { !$0.isHidden }.map { $0.brin.uppercased() }).sorted()

        // Which BRINs each (name, gemeente) is published under, to attribute hidden rows.
        var brinsByPlace: [String: Set<String>] = [:]
        for row in rows where !row.isHidden {
            brinsByPlace[DUODestinationFile.place(row), default: []].insert(row.brin.uppercased())
        }
        var totals: [String: DUOCount] = [:]
        for row in rows {
            let brin: String
            if row.isHidden {
                guard let candidates = brinsByPlace[DUODestinationFile.place(row)], candidates.count == 1,
                    let only = candidates.first
                else {
                    unattributable += 1
                    continue
                }
                brin = only
            } else {
                brin = row.brin.uppercased()
            }
            guard own.contains(brin) else {
                otherSchools += 1
                continue
            }
            ownRows += 1
            if row.isHidden { attributedHidden += 1 }
            let key = "\(row.count.cohort)|\(row.count.schoolType.rawValue)|\(row.count.destination.rawValue)"
            if var known = totals[key] {
                known.count += row.count.count
                totals[key] = known
            } else {
                totals[key] = row.count
            }
        }
        counts = totals.values.sorted {
            ($0.cohort, $0.schoolType, $0.destination) < ($1.cohort, $1.schoolType, $1.destination)
        }
    }

    /// A vestiging's name and gemeente as compared: lower case, blanks collapsed.
    static func place(_ row: Row) -> String {
        let name = row.name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let municipality = row.municipality.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return name + "\u{1F}" + municipality
    }

    static func check(_ record: ImportRecord<Field>) -> Result<Row, RowError> {
        let yearText = record[.year]
        guard let cohort = AlumniFile.cohort(yearText) else {
            return .failure(RowError(Message(.transitionRowBadCohort, Field.year.rawValue, yearText)))
        }
        let typeText = record[.educationType]
        let trackText = record[.track]
        guard let type = schoolType(typeText, track: trackText) else {
            return .failure(RowError(Message(.transitionRowBadDUOType, typeText, trackText)))
        }
        let destinationText = record[.destination]
        guard let destination = Destination(spelling: destinationText) else {
            let known = Destination.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(
                RowError(Message(.transitionRowBadValue, Field.destination.rawValue, destinationText, known)))
        }
        let countText = record[.count]
        guard let count = count(countText) else {
            return .failure(RowError(Message(.transitionRowBadCount, Field.count.rawValue, countText)))
        }
        return .success(
            Row(
                brin: record[.brin], name: record[.name], municipality: record[.municipality],
                count: DUOCount(cohort: cohort, schoolType: type, destination: destination, count: count)))
    }

    /// The largest count one row may hold: far above any school's graduates, and low enough that summing the
    /// rows of any file cannot overflow (two rows of `9223372036854775807` crashed the sum in Fuzz/DUOFuzzer).
    static let largestCount = 1_000_000

    /// `<5` is 1…4; a whole number up to ``largestCount`` is itself.
    static func count(_ text: String) -> CountRange? {
        let compact = text.filter { !$0.isWhitespace }
        if compact == "<5" { return .censoredSmall }
        guard let number = Int(compact), (0...largestCount).contains(number) else { return nil }
        return CountRange(number)
    }

    /// `VMBO` with leerweg `BB`, `KB`, `GL` or `TL`; `HAVO`; `VWO`; or a combined spelling such as `VMBO-KB`.
    static func schoolType(_ type: String, track: String) -> SchoolType? {
        let trimmedTrack = track.trimmingCharacters(in: .whitespaces)
        if type.lowercased().trimmingCharacters(in: .whitespaces) == "vmbo" {
            return trimmedTrack.isEmpty ? nil : SchoolType(spelling: "vmbo-" + trimmedTrack)
        }
        return SchoolType(spelling: type)
    }
}
