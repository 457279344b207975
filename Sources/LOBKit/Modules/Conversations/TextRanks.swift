/// The order `Value.compareText` gives a column's texts, as integers: texts it finds the same share a rank.
///
/// For sorting many rows by a few columns with few distinct values (classes, names): each distinct text is
/// compared, not each row, and the rows are then sorted by integers.
struct TextRanks {
    private var ranks: [String: Int] = [:]

    init(_ texts: some Sequence<String>) {
        let distinct = Array(Set(texts))
        // Sorted by a cheap key first, then checked pair by pair with `compareText` itself; only when the key
        // got an order wrong (digits: `H10A` after `H9A`) are they sorted by `compareText`.
        var sorted = distinct.map { (key: SearchKey.of($0), text: $0) }.sorted { $0.key < $1.key }.map(\.text)
        var rank = 0
        var ranks: [String: Int] = [:]
        ranks.reserveCapacity(sorted.count)
        var checked = true
        for (index, text) in sorted.enumerated() {
            if index > 0 {
                let order = Value.compareText(sorted[index - 1], text)
                if order == .orderedDescending {
                    checked = false
                    break
                }
                if order == .orderedAscending { rank += 1 }
            }
            ranks[text] = rank
        }
        if !checked {
            sorted = distinct.sorted { Value.compareText($0, $1) == .orderedAscending }
            rank = 0
            for (index, text) in sorted.enumerated() {
                if index > 0, Value.compareText(sorted[index - 1], text) != .orderedSame { rank += 1 }
                ranks[text] = rank
            }
        }
        self.ranks = ranks
    }

    /// The rank of one of the texts it was made from; 0 for another.
    subscript(_ text: String) -> Int { ranks[text] ?? 0 }
}
