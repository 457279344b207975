/// A Dutch school year, written `2025-2026`, running from 1 August to 31 July.
public struct SchoolYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year the school year starts in.
    public let startYear: Int

    init(validStartYear: Int) {
        self.startYear = validStartYear
    }

    /// Parses `2025-2026` (also `2025/2026`); nil when the second year does not follow the first.
    public init?(parsing text: String) {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" }
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 4,
            let start = Int(parts[0]), let end = Int(parts[1]), end == start + 1, start >= 1900, start < 9999
        else { return nil }
        self.startYear = start
    }

    public var description: String { "\(startYear)-\(startYear + 1)" }

    public static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.startYear < rhs.startYear }
}
