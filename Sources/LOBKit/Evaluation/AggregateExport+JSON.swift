public import Foundation

extension AggregateExport {
    /// The export as JSON in the `lobsh-evaluatie-export` format, version 1.
    ///
    /// Keys are Dutch and sorted; dates `YYYY-MM-DD`. A number is published exactly (`"aantal": 12`), as a
    /// range when it is built on censored counts (`"aantal": null, "min": 118, "max": 130`), or not at all
    /// (`"aantal": null, "onderdrukt": true`). No published number is ever 1 to 4.
    ///
    /// ```
    /// {
    ///   "formaat": "lobsh-evaluatie-export",      always this string
    ///   "versie": 1,                              raised when a field changes meaning or is removed
    ///   "voor": "netwerk" | "expertisepunt",
    ///   "school": { "brin": "99ZZ", "naam": "…" } a school's export ("naam" only for a network), or
    ///   "scholen": [ { "brin", "naam" } ]         when combined by evaluatie samenvoegen
    ///   "schooljaar": "2026-2027",
    ///   "gemaakt": "2026-11-29",
    ///   "minimum_respondenten": 10,               means over fewer respondents are withheld
    ///   "scan": { "A1": "gerealiseerd", … }       the agenda scan: status per norm; combined, the number of
    ///                                             schools per status: { "A1": { "gerealiseerd": 2, … } }
    ///   "tabellen": [ {
    ///     "id": "deelname.per-leerjaar",          stable, namespaced by module
    ///     "titel": { "nl": "…", "en": "…" },
    ///     "maat": "aantal" | "gemiddelde",
    ///     "rijen": "leerjaar", "kolommen": "deelname",   what the rows and columns are
    ///     "cellen": [ { "rij", "kolom", "aantal", "min", "max", "gemiddelde", "onderdrukt" } ],
    ///     "rijtotalen": [ { "rij", "aantal", "min", "max", "onderdrukt" } ],
    ///     "kolomtotalen": [ { "kolom", "aantal", "min", "max", "onderdrukt" } ],
    ///     "totaal": { "aantal", "min", "max", "onderdrukt" }
    ///   } ]
    /// }
    /// ```
    ///
    /// Every row × column combination has a cell (zeros included). A mean table (`gemiddelde`) gives per
    /// cell the respondents (`aantal`) and the mean to two decimals (`gemiddelde`), both `null` with
    /// `"onderdrukt": true` below the minimum; it has no totals (`[]`, `[]`, `null`).
    public func json() throws(LOBError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(ExportFile(self)), as: UTF8.self) + "\n"
        } catch {
            throw LOBError(.failed, Message(.evaluationExportUnreadable, "json", error.localizedDescription))
        }
    }

    /// Reads an export written by `json()`; `file` names it in errors, which are data errors (exit 3).
    public static func decode(_ data: Data, file: String) throws(LOBError) -> AggregateExport {
        let decoder = JSONDecoder()
        let header: ExportFile.Header
        do {
            header = try decoder.decode(ExportFile.Header.self, from: data)
        } catch {
            throw LOBError(.data, Message(.evaluationExportUnreadable, file, Self.describe(error)))
        }
        guard header.formaat == format else {
            throw LOBError(.data, Message(.evaluationExportWrongFormat, file, header.formaat ?? "", format))
        }
        guard let version = header.versie, version == Self.version else {
            let found = header.versie.map(String.init) ?? "?"
            if let newer = header.versie, newer > Self.version {
                throw LOBError(.data, Message(.evaluationExportNewerVersion, file, found, String(Self.version)))
            }
            throw LOBError(.data, Message(.evaluationExportUnknownVersion, file, found, String(Self.version)))
        }
        let file = file
        do {
            return try decoder.decode(ExportFile.self, from: data).export(file: file)
        } catch let error as LOBError {
            throw error
        } catch {
            throw LOBError(.data, Message(.evaluationExportUnreadable, file, Self.describe(error)))
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
            DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return ([path.joined(separator: ".")].filter { !$0.isEmpty } + [detail ?? context.debugDescription])
                .joined(separator: ": ")
        case DecodingError.keyNotFound(let key, let context):
            let path = (context.codingPath + [key]).map { $0.intValue.map(String.init) ?? $0.stringValue }
            return path.joined(separator: ".") + ": " + context.debugDescription
        default:
            return error.localizedDescription
        }
    }
}

/// The JSON form of an `AggregateExport`; see `AggregateExport.json()`.
struct ExportFile: Codable {
    /// The two fields read first, so that a wrong format or version gets its own message.
    struct Header: Decodable {
        var formaat: String?
        var versie: Int?
    }

    struct School: Codable {
        var brin: String
        var naam: String?
    }

    struct Title: Codable {
        var nl: String
        var en: String
    }

    /// A scan entry: a school's status, or (combined) the number of schools per status.
    enum ScanEntry: Codable {
        case status(String)
        case counts([String: Int])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let status = try? container.decode(String.self) {
                self = .status(status)
            } else {
                self = .counts(try container.decode([String: Int].self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .status(let status): try container.encode(status)
            case .counts(let counts): try container.encode(counts)
            }
        }

        var counts: [String: Int] {
            switch self {
            case .status(let status): [status: 1]
            case .counts(let counts): counts
            }
        }
    }

    /// A published number: a cell, a row or column total, or the grand total.
    struct Number: Codable {
        var rij: String?
        var kolom: String?
        var count: CountRange?
        var mean: Double?
        var isMean = false

        enum CodingKeys: String, CodingKey {
            case rij, kolom, aantal, min, max, gemiddelde, onderdrukt
        }

        init(row: String? = nil, column: String? = nil, count: CountRange?, mean: Double? = nil, isMean: Bool = false) {
            rij = row
            kolom = column
            self.count = count
            self.mean = mean
            self.isMean = isMean
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            rij = try container.decodeIfPresent(String.self, forKey: .rij)
            kolom = try container.decodeIfPresent(String.self, forKey: .kolom)
            let suppressed = try container.decodeIfPresent(Bool.self, forKey: .onderdrukt) ?? false
            mean = try container.decodeIfPresent(Double.self, forKey: .gemiddelde)
            isMean = container.contains(.gemiddelde)
            if suppressed {
                count = nil
            } else if let exact = try container.decodeIfPresent(Int.self, forKey: .aantal) {
                count = CountRange(exact)
            } else {
                let low = try container.decode(Int.self, forKey: .min)
                count = CountRange(low: low, high: try container.decode(Int.self, forKey: .max))
            }
            if let count, count.low < 0 {
                throw DecodingError.dataCorruptedError(
                    forKey: .aantal, in: container, debugDescription: "negatief aantal")
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(rij, forKey: .rij)
            try container.encodeIfPresent(kolom, forKey: .kolom)
            if let count, count.isExact {
                try container.encode(count.low, forKey: .aantal)
            } else {
                try container.encodeNil(forKey: .aantal)
            }
            if let count, !count.isExact {
                try container.encode(count.low, forKey: .min)
                try container.encode(count.high, forKey: .max)
            }
            if isMean {
                try container.encode(mean, forKey: .gemiddelde)
            }
            try container.encode(count == nil, forKey: .onderdrukt)
        }
    }

    struct TableFile: Codable {
        var id: String
        var titel: Title
        var maat: String
        var rijen: String
        var kolommen: String
        var cellen: [Number]
        var rijtotalen: [Number]
        var kolomtotalen: [Number]
        var totaal: Number?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(titel, forKey: .titel)
            try container.encode(maat, forKey: .maat)
            try container.encode(rijen, forKey: .rijen)
            try container.encode(kolommen, forKey: .kolommen)
            try container.encode(cellen, forKey: .cellen)
            try container.encode(rijtotalen, forKey: .rijtotalen)
            try container.encode(kolomtotalen, forKey: .kolomtotalen)
            try container.encode(totaal, forKey: .totaal)
        }
    }

    var formaat: String
    var versie: Int
    var voor: String
    var school: School?
    var scholen: [School]?
    var schooljaar: String
    var gemaakt: String
    var minimumRespondenten: Int
    var scan: [String: ScanEntry]
    var tabellen: [TableFile]

    enum CodingKeys: String, CodingKey {
        case formaat, versie, voor, school, scholen, schooljaar, gemaakt, scan, tabellen
        case minimumRespondenten = "minimum_respondenten"
    }

    init(_ export: AggregateExport) {
        formaat = AggregateExport.format
        versie = AggregateExport.version
        voor = export.audience.rawValue
        let schools = export.schools.map { School(brin: $0.brin, naam: $0.name) }
        if export.isCombined {
            scholen = schools
        } else {
            school = schools.first
        }
        schooljaar = export.schoolYear.description
        gemaakt = export.made.description
        minimumRespondenten = export.minimumRespondents
        scan = export.scan.mapValues { counts in
            if !export.isCombined, counts.count == 1, let status = counts.first, status.value == 1 {
                return .status(status.key)
            }
            return .counts(counts)
        }
        tabellen = export.tables.map(Self.table)
    }

    static func table(_ table: PublishedTable) -> TableFile {
        let isMean = table.measure == .mean
        var cells: [Number] = []
        for (row, label) in table.rows.enumerated() {
            for (column, columnLabel) in table.columns.enumerated() {
                let count =
                    row < table.counts.cells.count && column < table.counts.cells[row].count
                    ? table.counts.cells[row][column] : nil
                let mean = row < table.means.count && column < table.means[row].count ? table.means[row][column] : nil
                cells.append(Number(row: label, column: columnLabel, count: count, mean: mean, isMean: isMean))
            }
        }
        let rowTotals = zip(table.rows, table.counts.rowTotals).map { Number(row: $0, count: $1) }
        let columnTotals = zip(table.columns, table.counts.columnTotals).map { Number(column: $0, count: $1) }
        return TableFile(
            id: table.id, titel: Title(nl: table.title.dutch, en: table.title.english), maat: table.measure.rawValue,
            rijen: table.rowDimension, kolommen: table.columnDimension, cellen: cells, rijtotalen: rowTotals,
            kolomtotalen: columnTotals, totaal: isMean ? nil : Number(count: table.counts.grandTotal))
    }

    func export(file: String) throws(LOBError) -> AggregateExport {
        guard let audience = ExportAudience(rawValue: voor) else {
            throw LOBError(.data, Message(.evaluationExportBadField, file, "voor", voor))
        }
        guard let year = SchoolYear(parsing: schooljaar) else {
            throw LOBError(.data, Message(.evaluationExportBadField, file, "schooljaar", schooljaar))
        }
        guard let made = LOBDate(parsing: gemaakt) else {
            throw LOBError(.data, Message(.evaluationExportBadField, file, "gemaakt", gemaakt))
        }
        let schools = (scholen ?? []) + (school.map { [$0] } ?? [])
        var tables: [PublishedTable] = []
        for table in tabellen {
            tables.append(try Self.published(table, file: file))
        }
        return AggregateExport(
            audience: audience, schools: schools.map { AggregateExport.School(brin: $0.brin, name: $0.naam) },
            isCombined: scholen != nil, schoolYear: year, made: made, minimumRespondents: minimumRespondenten,
            scan: scan.mapValues(\.counts), tables: tables)
    }

    static func published(_ table: TableFile, file: String) throws(LOBError) -> PublishedTable {
        guard let measure = AggregateTable.Measure(rawValue: table.maat) else {
            throw LOBError(.data, Message(.evaluationExportBadField, file, "maat", table.maat))
        }
        let rows = PublishedTable.labels(table.cellen.compactMap(\.rij))
        let columns = PublishedTable.labels(table.cellen.compactMap(\.kolom))
        var cells = rows.map { _ in columns.map { _ in CountRange?.some(.zero) } }
        var means = rows.map { _ in columns.map { _ in Double?.none } }
        for cell in table.cellen {
            guard let row = cell.rij.flatMap(rows.firstIndex), let column = cell.kolom.flatMap(columns.firstIndex)
            else { continue }
            cells[row][column] = cell.count
            means[row][column] = cell.count == nil ? nil : cell.mean
        }
        func total(_ label: String, in totals: [Number], key: KeyPath<Number, String?>) -> CountRange? {
            // A total the file does not give counts as hidden.
            totals.first { $0[keyPath: key] == label }?.count
        }
        let grid = CountGrid(
            cells: cells,
            rowTotals: measure == .mean ? [] : rows.map { total($0, in: table.rijtotalen, key: \.rij) },
            columnTotals: measure == .mean ? [] : columns.map { total($0, in: table.kolomtotalen, key: \.kolom) },
            grandTotal: measure == .mean ? nil : table.totaal?.count)
        return PublishedTable(
            id: table.id, title: Localized(nl: table.titel.nl, en: table.titel.en), measure: measure,
            rowDimension: table.rijen, columnDimension: table.kolommen, rows: rows, columns: columns, counts: grid,
            means: measure == .mean ? means : [])
    }
}
