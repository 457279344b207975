/// Where doorstroom figures come from: the school's own records per alumnus, DUO's aggregates, or the
/// first-year results institutions send back (aggregated, contributed by network modules as `SuccessSource`s).
public enum TransitionSource: String, Sendable, CaseIterable {
    case school
    case duo
    case institutions = "instellingen"

    /// The sources with the destinations of all alumni, which `doorstroom overzicht` and `trend` use; the
    /// institutions' figures cover only the alumni who went to them.
    public static let destinationSources: [TransitionSource] = [.school, .duo]
}

/// What doorstroom figures can be grouped by.
public enum TransitionGrouping: String, Sendable, CaseIterable {
    case schoolType = "schooltype"
    case profile = "profiel"
    case destination = "bestemming"
    case institution = "instelling"

    /// Whether DUO's aggregates have this dimension (they have no profiel and no instelling).
    var isInDUOData: Bool { self == .schoolType || self == .destination }

    /// The column of the school's own records that holds it.
    var column: AlumniColumn {
        switch self {
        case .schoolType: .schoolType
        case .profile: .profile
        case .destination: .destination
        case .institution: .institution
        }
    }
}

/// The doorstroom figures of one source as counted entries, which every query groups and shares the same way.
///
/// An entry of the school's own data is one alumnus (count 1, status known or `onbekend`); an entry of DUO's
/// data is one published count (a range for `<5`, no status).
public struct TransitionFigures: Sendable {
    public struct Entry: Sendable, Equatable {
        public var cohort: Int
        public var schoolType: SchoolType
        public var profile: String
        public var destination: Destination
        public var institution: String
        /// nil for DUO's data, which has no status after one year.
        public var status: FollowUpStatus?
        public var count: CountRange

        public init(
            cohort: Int, schoolType: SchoolType, profile: String = "", destination: Destination,
            institution: String = "", status: FollowUpStatus?, count: CountRange
        ) {
            self.cohort = cohort
            self.schoolType = schoolType
            self.profile = profile
            self.destination = destination
            self.institution = institution
            self.status = status
            self.count = count
        }
    }

    public let source: TransitionSource
    public let entries: [Entry]

    /// The figures of `source`, of one cohort or of all; `institutions` are those of `contributions` (the
    /// session's `CommandRegistry.successSources`).
    public static func load(
        _ source: TransitionSource, cohort: Int? = nil, from store: StoreTransaction,
        contributions: [any SuccessSource] = []
    ) throws(LOBError) -> TransitionFigures {
        switch source {
        case .school:
            // Counted per every dimension: the same figures as an entry per alumnus, in far fewer entries.
            var cohorts: [Int] = []
            if let cohort { cohorts = [cohort] } else { cohorts = try store.alumniCohorts() }
            return try school(cohorts: cohorts, by: AlumniColumn.allCases, from: store)
        case .duo:
            let entries = try store.duoCounts(cohort: cohort).map { count in
                Entry(
                    cohort: count.cohort, schoolType: count.schoolType, profile: "", destination: count.destination,
                    institution: "", status: nil, count: count.count)
            }
            return TransitionFigures(source: source, entries: entries)
        case .institutions:
            var entries: [Entry] = []
            for contribution in contributions {
                entries += try contribution.successEntries(cohort: cohort, in: store).filter { entry in
                    cohort == nil || entry.cohort == cohort
                }
            }
            return TransitionFigures(source: source, entries: entries)
        }
    }

    /// The school's own records of `cohorts`, counted in the store per combination of `columns` only: what a
    /// query or section that groups by those needs, without reading every record.
    ///
    /// The entries tell apart only `columns` (and the cohort); the other dimensions hold placeholders (`vmbo-bb`,
    /// `mbo-1`, empty texts, no status), so such figures answer only for groupings by `columns`.
    static func school(cohorts: [Int], by columns: [AlumniColumn], from store: StoreTransaction) throws(LOBError)
        -> TransitionFigures
    {
        var entries: [Entry] = []
        for cohort in cohorts { entries += try store.alumniCounts(cohort: cohort, by: columns) }
        return TransitionFigures(source: .school, entries: entries)
    }

    /// The figures of `source` for `cohorts`, for a query that groups by `columns`: the school's own counted in
    /// the store per those only (see `school`), DUO's and the institutions' as `load` reads them.
    static func load(
        _ source: TransitionSource, cohorts: [Int], by columns: [AlumniColumn], from store: StoreTransaction
    ) throws(LOBError) -> TransitionFigures {
        guard source == .school else {
            var entries: [Entry] = []
            for cohort in cohorts { entries += try load(source, cohort: cohort, from: store).entries }
            return TransitionFigures(source: source, entries: entries)
        }
        return try school(cohorts: cohorts, by: columns, from: store)
    }

    /// The cohorts of `source` that have data, oldest first; none for `institutions`, whose cohorts come from
    /// `load`.
    static func cohorts(_ source: TransitionSource, in store: StoreTransaction) throws(LOBError) -> [Int] {
        switch source {
        case .school: try store.alumniCohorts()
        case .duo: try store.duoCohorts()
        case .institutions: []
        }
    }

    /// The source a query uses when none is given: the school's own records when it has them (for `cohort`
    /// when one is given), DUO's otherwise; nil when neither has any.
    public static func defaultSource(cohort: Int?, in store: StoreTransaction) throws(LOBError) -> TransitionSource? {
        let own = try store.alumniCohorts()
        if let cohort {
            if own.contains(cohort) { return .school }
            return try store.duoCohorts().contains(cohort) ? .duo : nil
        }
        if !own.isEmpty { return .school }
        return try store.duoCohorts().isEmpty ? nil : .duo
    }

    /// The most recent cohort of `source`, at most `latest` when given; nil when there is none (and for
    /// `institutions`, whose cohorts come from `load`).
    public static func latestCohort(_ source: TransitionSource, upTo latest: Int? = nil, in store: StoreTransaction)
        throws(LOBError) -> Int?
    {
        let cohorts = try cohorts(source, in: store)
        guard let latest else { return cohorts.max() }
        return cohorts.filter { $0 <= latest }.max()
    }

    /// The cohorts present, oldest first.
    public var cohorts: [Int] { Set(entries.map(\.cohort)).sorted() }

    /// Only the entries of `cohort`.
    public func only(cohort: Int) -> TransitionFigures {
        TransitionFigures(source: source, entries: entries.filter { $0.cohort == cohort })
    }

    /// The total count (a range when any part is censored).
    public var total: CountRange { CountRange.sum(entries.map(\.count)) }

    /// The count per group, groups in their natural order (school types and destinations as declared, other
    /// texts alphabetically); an empty profiel or instelling is the group `emptyLabel`.
    public func counts(per grouping: TransitionGrouping, emptyLabel: String) -> [(group: String, count: CountRange)] {
        var totals: [String: CountRange] = [:]
        for entry in entries {
            totals[group(of: entry, by: grouping, emptyLabel: emptyLabel), default: .zero] += entry.count
        }
        return groups(per: grouping, emptyLabel: emptyLabel).compactMap { group in
            totals[group].map { (group, $0) }
        }
    }

    /// The count per status in each group (a range where a count is); DUO's data has no status.
    public func statusCounts(per grouping: TransitionGrouping, emptyLabel: String)
        -> [(group: String, counts: [FollowUpStatus: CountRange])]
    {
        var totals: [String: [FollowUpStatus: CountRange]] = [:]
        for entry in entries {
            guard let status = entry.status else { continue }
            totals[group(of: entry, by: grouping, emptyLabel: emptyLabel), default: [:]][status, default: .zero] +=
                entry.count
        }
        return groups(per: grouping, emptyLabel: emptyLabel).compactMap { group in
            totals[group].map { (group, $0) }
        }
    }

    /// The groups present, in their natural order.
    func groups(per grouping: TransitionGrouping, emptyLabel: String) -> [String] {
        switch grouping {
        case .schoolType: return Set(entries.map(\.schoolType)).sorted().map(\.rawValue)
        case .destination: return Set(entries.map(\.destination)).sorted().map(\.rawValue)
        case .profile, .institution:
            let texts = Set(entries.map { group(of: $0, by: grouping, emptyLabel: emptyLabel) })
            return texts.sorted { left, right in
                // The empty group last, the others as people sort them.
                if (left == emptyLabel) != (right == emptyLabel) { return right == emptyLabel }
                return Value.compareText(left, right) == .orderedAscending
            }
        }
    }

    func group(of entry: Entry, by grouping: TransitionGrouping, emptyLabel: String) -> String {
        switch grouping {
        case .schoolType: entry.schoolType.rawValue
        case .destination: entry.destination.rawValue
        case .profile: entry.profile.isEmpty ? emptyLabel : entry.profile
        case .institution: entry.institution.isEmpty ? emptyLabel : entry.institution
        }
    }
}
