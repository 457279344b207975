/// A condition of `waar`: a column on the left of each comparison, a typed value on the right.
struct Filter {
    let condition: Condition<Int, String>

    /// Reads `kolom op waarde [en|of kolom op waarde]…` against a table's columns.
    init(words: [String], spans: [SourceSpan], columns: Table, callSpan: SourceSpan) throws(LOBError) {
        condition = try Condition(
            count: words.count, spans: spans, fallback: callSpan, incomplete: .filterIncomplete,
            text: { words[$0] },
            left: { (index) throws(LOBError) in
                let name = words[index]
                guard let column = columns.columnIndex(name) else {
                    if let suggestion = Suggestion.closest(to: name, in: columns.columns) {
                        throw LOBError.usage(.unknownColumnSuggest, name, suggestion, at: spans[index])
                    }
                    throw LOBError.usage(
                        .unknownColumn, name, columns.columns.joined(separator: ", "), at: spans[index])
                }
                return column
            },
            right: { words[$0] })
    }

    func matches(_ row: [Value]) -> Bool {
        condition.holds { comparison in
            comparison.op.holds(comparison.left < row.count ? row[comparison.left] : .nothing, comparison.right)
        }
    }
}
