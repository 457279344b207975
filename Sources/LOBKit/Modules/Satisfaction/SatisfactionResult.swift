/// The students a result is about: one school type and leerjaar, or all of them together.
public struct SatisfactionGroup: Sendable, Hashable, Comparable {
    /// nil: all school types together.
    public var schoolType: SchoolType?
    /// nil: all leerjaren together.
    public var year: Int?

    public init(schoolType: SchoolType? = nil, year: Int? = nil) {
        self.schoolType = schoolType
        self.year = year
    }

    /// All students of the school together.
    public static let everyone = SatisfactionGroup()

    /// Whether a student could be in both groups (a group "all school types" overlaps every school type).
    public func overlaps(_ other: SatisfactionGroup) -> Bool {
        let types = schoolType == nil || other.schoolType == nil || schoolType == other.schoolType
        let years = year == nil || other.year == nil || year == other.year
        return types && years
    }

    /// `havo 4`, `havo`, `leerjaar 4`, or the words for everyone: how tables and exports name the group.
    public func label(_ language: UILanguage) -> String {
        switch (schoolType, year) {
        case (let type?, let year?): "\(type.rawValue) \(year)"
        case (let type?, nil): type.rawValue
        case (nil, let year?): Message(.satisfactionYearGroup, String(year)).text(language)
        case (nil, nil): Message(.satisfactionEveryone).text(language)
        }
    }

    public static func < (lhs: SatisfactionGroup, rhs: SatisfactionGroup) -> Bool {
        let left = (lhs.schoolType.map { SchoolType.allCases.firstIndex(of: $0) ?? 0 } ?? -1, lhs.year ?? 0)
        let right = (rhs.schoolType.map { SchoolType.allCases.firstIndex(of: $0) ?? 0 } ?? -1, rhs.year ?? 0)
        return left < right
    }
}

/// The answers to one item by one group in one school year, from one source: the number of respondents, the
/// mean, and (when known) how many answered 1, 2, 3, 4 and 5.
///
/// A file with one row per respondent is stored this way too (the distribution counted at import), so every
/// query treats both shapes alike.
public struct SatisfactionResult: Sendable, Hashable {
    public var schoolYear: SchoolYear
    /// The import it came from (`--bron`, by default the file's name).
    public var source: String
    public var itemID: String
    public var group: SatisfactionGroup
    /// How many answered the item.
    public var respondents: Int
    /// The mean on the 1–5 scale.
    public var mean: Double
    /// The counts of the answers 1…5 (five numbers adding up to `respondents`); nil when only the mean is known.
    public var distribution: [Int]?

    public init(
        schoolYear: SchoolYear, source: String, itemID: String, group: SatisfactionGroup, respondents: Int,
        mean: Double, distribution: [Int]?
    ) {
        self.schoolYear = schoolYear
        self.source = source
        self.itemID = itemID
        self.group = group
        self.respondents = respondents
        self.mean = mean
        self.distribution = distribution
    }

    /// The built-in item the result is about.
    public var item: SatisfactionItem? { SatisfactionItem.named(itemID) }
}

/// A respondent's open comment: the text and whether the school marked it as shareable (quotable in the yearly
/// report). No name, number or group is kept with it.
public struct SatisfactionComment: Sendable, Hashable {
    public var id: Int64
    public var schoolYear: SchoolYear
    public var source: String
    /// The item it was written under; empty for a comment on the survey as a whole.
    public var itemID: String
    public var text: String
    public var isShareable: Bool

    public init(
        id: Int64 = 0, schoolYear: SchoolYear, source: String, itemID: String, text: String, isShareable: Bool
    ) {
        self.id = id
        self.schoolYear = schoolYear
        self.source = source
        self.itemID = itemID
        self.text = text
        self.isShareable = isShareable
    }
}
