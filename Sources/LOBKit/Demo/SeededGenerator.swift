/// A SplitMix64 pseudo-random generator: the same seed yields the same sequence on every run and machine.
///
/// The helpers below deliberately avoid the standard library's `random(in:using:)` and `shuffled(using:)`,
/// whose algorithms are not promised to stay the same across Swift releases; the demo school must not change.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Starts the sequence at `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits (SplitMix64, Steele, Lea & Flood 2014).
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is not positive).
    ///
    /// Multiply-shift without rejection: its bias is negligible for the small bounds used here.
    mutating func index(below bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + index(below: range.upperBound - range.lowerBound + 1)
    }

    /// `items` in a random order (Fisher–Yates).
    mutating func shuffled<Item>(_ items: [Item]) -> [Item] {
        var result = items
        for position in result.indices.dropFirst().reversed() {
            result.swapAt(position, index(below: position + 1))
        }
        return result
    }
}

/// A non-empty set of cards dealt in shuffled rounds: every card comes up once per round before any repeats.
///
/// Dealing in rounds (rather than picking independently) guarantees that each name of a list shows up once
/// enough people are drawn, whatever the seed, and keeps weighted shares (duplicated cards) close to exact.
struct DemoDeck<Item: Sendable>: Sendable {
    /// Every card, duplicates included; never empty.
    let cards: [Item]
    private let first: Item
    private var pile: [Item] = []

    /// A deck of `first` and `rest`; taking the first card separately makes an empty deck impossible.
    init(_ first: Item, _ rest: Item...) {
        self.first = first
        cards = [first] + rest
    }

    /// A deck in which each card appears `weight` times (at least once).
    init(weighted first: (Item, weight: Int), _ rest: (Item, weight: Int)...) {
        self.first = first.0
        cards = ([first] + rest).flatMap { Array(repeating: $0.0, count: max(1, $0.weight)) }
    }

    /// The next card, reshuffling all cards when the round is over.
    mutating func draw(using generator: inout SeededGenerator) -> Item {
        if pile.isEmpty { pile = generator.shuffled(cards) }
        // The pile was just refilled from the non-empty card list, so the fallback is never used.
        return pile.popLast() ?? first
    }
}
