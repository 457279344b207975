/// A count that may be known only as a range: DUO publishes counts of 1 to 4 as `<5`, so such a count is
/// stored as 1…4, never as 0 or 5, and every total built on it is a range too (`118–130`).
public struct CountRange: Sendable, Hashable, CustomStringConvertible {
    /// The smallest the count can be.
    public let low: Int
    /// The largest the count can be.
    public let high: Int

    /// A count known exactly.
    public init(_ count: Int) {
        self.low = count
        self.high = count
    }

    /// A count between `low` and `high`; the bounds are put in order.
    public init(low: Int, high: Int) {
        self.low = min(low, high)
        self.high = max(low, high)
    }

    /// DUO's `<5`: at least one, at most four.
    public static let censoredSmall = CountRange(low: 1, high: 4)
    public static let zero = CountRange(0)

    /// Whether the count is known exactly.
    public var isExact: Bool { low == high }

    /// `118` when exact, `118–130` (with an en dash) when a range.
    public var description: String { isExact ? String(low) : "\(low)–\(high)" }

    /// A table cell: an integer when exact, so that it sorts and compares as a number; else the range as text.
    public var value: Value { isExact ? .integer(low) : .text(description) }

    public static func + (lhs: CountRange, rhs: CountRange) -> CountRange {
        CountRange(low: lhs.low + rhs.low, high: lhs.high + rhs.high)
    }

    public static func += (lhs: inout CountRange, rhs: CountRange) {
        lhs = lhs + rhs
    }

    /// The sum of `counts`: zero for none.
    public static func sum(_ counts: some Sequence<CountRange>) -> CountRange {
        counts.reduce(.zero, +)
    }

    /// Each part's share of the whole, as the range of fractions (0…1) it can be.
    ///
    /// A part's share is smallest when it is at its low bound and all the others at their high bounds, and
    /// the other way round; a whole of zero gives shares of zero.
    public static func shares(_ parts: [CountRange]) -> [ClosedRange<Double>] {
        let total = sum(parts)
        return parts.map { part in
            let restLow = total.low - part.low
            let restHigh = total.high - part.high
            let smallest = part.low + restHigh == 0 ? 0 : Double(part.low) / Double(part.low + restHigh)
            let largest = part.high + restLow == 0 ? 0 : Double(part.high) / Double(part.high + restLow)
            return smallest...largest
        }
    }

    /// A share as whole percents: `42%`, or `40–44%` when it is a range.
    public static func percent(_ share: ClosedRange<Double>) -> String {
        let low = Int((share.lowerBound * 100).rounded())
        let high = Int((share.upperBound * 100).rounded())
        return low == high ? "\(low)%" : "\(low)–\(high)%"
    }
}
