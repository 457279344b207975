/// Aggregates a module contributes to `evaluatie export`: counts (and means) without personal data.
///
/// A source returns the raw aggregates; the export suppresses small counts and adds secondary suppression
/// centrally, so no module can forget to.
public protocol AggregateSource: Sendable {
    /// A stable id, namespaced by module: `doorstroom.bestemming`.
    var id: String { get }
    /// The tables for one school year and audience.
    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable]
}

/// Who an export is for.
public enum ExportAudience: String, Sendable, CaseIterable {
    /// A regional vmbo-mbo or VO-HO network.
    case network = "netwerk"
    /// The national monitor of the Expertisepunt LOB.
    case expertisepunt
}

/// What an aggregate source is asked for.
public struct AggregateRequest: Sendable {
    public var schoolYear: SchoolYear
    public var audience: ExportAudience
    /// Means over fewer respondents are withheld.
    public var minimumRespondents: Int

    public init(schoolYear: SchoolYear, audience: ExportAudience, minimumRespondents: Int = 10) {
        self.schoolYear = schoolYear
        self.audience = audience
        self.minimumRespondents = minimumRespondents
    }
}

/// A cross-table of aggregates: rows × columns, each cell a count (and, for a mean table, a mean).
public struct AggregateTable: Sendable, Hashable {
    public enum Measure: String, Sendable, Hashable {
        /// Cells are counts of students: additive, with row and column totals.
        case count = "aantal"
        /// Cells are means over `count` respondents: not additive, no totals.
        case mean = "gemiddelde"
    }

    /// A stable id, namespaced by module: `doorstroom.bestemming-per-schooltype`.
    public var id: String
    public var title: Localized
    public var measure: Measure
    /// What the rows are (`schooltype`) and what the columns are (`bestemming`).
    public var rowDimension: String
    public var columnDimension: String
    public var cells: [AggregateCell]

    public init(
        id: String, title: Localized, measure: Measure = .count, rowDimension: String, columnDimension: String,
        cells: [AggregateCell]
    ) {
        self.id = id
        self.title = title
        self.measure = measure
        self.rowDimension = rowDimension
        self.columnDimension = columnDimension
        self.cells = cells
    }
}

/// One cell of an aggregate table.
public struct AggregateCell: Sendable, Hashable {
    public var row: String
    public var column: String
    /// The number of students (for a mean: of respondents); a range when built on censored counts.
    public var count: CountRange
    /// The mean, for a mean table.
    public var mean: Double?

    public init(row: String, column: String, count: CountRange, mean: Double? = nil) {
        self.row = row
        self.column = column
        self.count = count
        self.mean = mean
    }
}
