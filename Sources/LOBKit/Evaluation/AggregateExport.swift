/// What `evaluatie export` publishes: a school's aggregates for a network or the national monitor, with
/// small counts suppressed; or, after `evaluatie samenvoegen`, several schools' combined.
///
/// There is no personal data in it, only aggregate tables (see `AggregateSource`) and the agenda scan's
/// status per norm. `json()` writes it in the documented `lobsh-evaluatie-export` format.
public struct AggregateExport: Sendable, Equatable {
    /// The `formaat` every export carries.
    public static let format = "lobsh-evaluatie-export"
    /// The `versie` of the format this lobsh writes and reads; raised when a field changes meaning or goes.
    public static let version = 1

    /// A school: its BRIN code and (for a network) its name.
    public struct School: Sendable, Hashable {
        public var brin: String
        public var name: String?

        public init(brin: String, name: String?) {
            self.brin = brin
            self.name = name
        }
    }

    public var audience: ExportAudience
    /// The school of a school's export; every school of a combined one.
    public var schools: [School]
    /// Whether several exports were combined (`scholen` instead of `school` in the JSON).
    public var isCombined: Bool
    public var schoolYear: SchoolYear
    public var made: LOBDate
    /// Means over fewer respondents are withheld (never fewer than 5).
    public var minimumRespondents: Int
    /// Per norm, how many schools gave each status; a school's own export has one status per norm.
    public var scan: [String: [String: Int]]
    public var tables: [PublishedTable]

    public init(
        audience: ExportAudience, schools: [School], isCombined: Bool, schoolYear: SchoolYear, made: LOBDate,
        minimumRespondents: Int, scan: [String: [String: Int]], tables: [PublishedTable]
    ) {
        self.audience = audience
        self.schools = schools
        self.isCombined = isCombined
        self.schoolYear = schoolYear
        self.made = made
        self.minimumRespondents = minimumRespondents
        self.scan = scan
        self.tables = tables
    }

    /// The threshold for means: the requested minimum, but never below what counts need.
    public static func effectiveMinimum(_ requested: Int) -> Int {
        max(requested, CellSuppression.smallestPublished)
    }
}

/// An aggregate table as published: labelled rows and columns, suppressed numbers `nil`.
///
/// A count table (`aantal`) has its cells, row totals, column totals and grand total in `counts`. A mean table
/// (`gemiddelde`) has the respondents per cell in `counts.cells` and the means in `means`, and no totals.
public struct PublishedTable: Sendable, Equatable {
    public var id: String
    public var title: Localized
    public var measure: AggregateTable.Measure
    public var rowDimension: String
    public var columnDimension: String
    public var rows: [String]
    public var columns: [String]
    public var counts: CountGrid
    /// `means[row][column]` for a mean table; empty for a count table.
    public var means: [[Double?]]

    public init(
        id: String, title: Localized, measure: AggregateTable.Measure, rowDimension: String,
        columnDimension: String, rows: [String], columns: [String], counts: CountGrid, means: [[Double?]]
    ) {
        self.id = id
        self.title = title
        self.measure = measure
        self.rowDimension = rowDimension
        self.columnDimension = columnDimension
        self.rows = rows
        self.columns = columns
        self.counts = counts
        self.means = means
    }

    /// A source's table with suppression applied: counts 1–4 hidden with secondary suppression, means over
    /// fewer than `minimumRespondents` (at least 5) withheld.
    public init(_ table: AggregateTable, minimumRespondents: Int) {
        let rows = Self.labels(table.cells.map(\.row))
        let columns = Self.labels(table.cells.map(\.column))
        self.init(
            id: table.id, title: table.title, measure: table.measure, rowDimension: table.rowDimension,
            columnDimension: table.columnDimension, rows: rows, columns: columns,
            counts: CountGrid(cells: [], rowTotals: [], columnTotals: [], grandTotal: nil), means: [])
        var counts = rows.map { _ in columns.map { _ in CountRange.zero } }
        var weighted = rows.map { _ in columns.map { _ in 0.0 } }
        var hasMean = rows.map { _ in columns.map { _ in false } }
        let rowIndex = Dictionary(rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let columnIndex = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for cell in table.cells {
            guard let row = rowIndex[cell.row], let column = columnIndex[cell.column] else { continue }
            counts[row][column] += cell.count
            if let mean = cell.mean {
                weighted[row][column] += mean * Double(cell.count.low)
                hasMean[row][column] = true
            }
        }
        switch table.measure {
        case .count:
            self.counts = CellSuppression.apply(CountGrid(counts: counts))
        case .mean:
            let minimum = AggregateExport.effectiveMinimum(minimumRespondents)
            var cells: [[CountRange?]] = []
            var means: [[Double?]] = []
            for row in rows.indices {
                var countRow: [CountRange?] = []
                var meanRow: [Double?] = []
                for column in columns.indices {
                    let count = counts[row][column]
                    if hasMean[row][column], count.low >= minimum {
                        countRow.append(count)
                        meanRow.append(Self.rounded(weighted[row][column] / Double(count.low)))
                    } else {
                        countRow.append(nil)
                        meanRow.append(nil)
                    }
                }
                cells.append(countRow)
                means.append(meanRow)
            }
            self.counts = CountGrid(cells: cells, rowTotals: [], columnTotals: [], grandTotal: nil)
            self.means = means
        }
    }

    /// Labels in the order they first appear, without repeats.
    static func labels(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// A mean to two decimals, as published.
    static func rounded(_ mean: Double) -> Double { (mean * 100).rounded() / 100 }
}

extension AggregateExport {
    /// Dimensions that name institutions; the national monitor gets no tables by them.
    public static let institutionDimensions: Set<String> = ["instelling"]

    /// A school's export: every source's tables for `request`, suppressed, with the agenda scan.
    ///
    /// What differs by audience: a network gets the school's BRIN code and name and every table; the
    /// Expertisepunt (the national monitor) gets the BRIN code only and no table by institution (sources
    /// get the audience too, to coarsen what they give).
    public static func collect(
        from sources: [any AggregateSource], request: AggregateRequest, school: School, scan: [String: String],
        made: LOBDate, in store: StoreTransaction
    ) throws(LOBError) -> AggregateExport {
        var tables: [PublishedTable] = []
        for source in sources {
            for table in try source.tables(for: request, in: store) {
                if request.audience == .expertisepunt,
                    institutionDimensions.contains(table.rowDimension)
                        || institutionDimensions.contains(table.columnDimension)
                {
                    continue
                }
                tables.append(PublishedTable(table, minimumRespondents: request.minimumRespondents))
            }
        }
        var school = school
        if request.audience == .expertisepunt { school.name = nil }
        return AggregateExport(
            audience: request.audience, schools: [school], isCombined: false, schoolYear: request.schoolYear,
            made: made, minimumRespondents: effectiveMinimum(request.minimumRespondents),
            scan: scan.mapValues { [$0: 1] }, tables: tables)
    }
}
