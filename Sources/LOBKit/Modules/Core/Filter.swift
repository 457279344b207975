/// A condition of `waar`: comparisons joined by `en` (binds first) and `of`.
struct Filter {
    enum Operator: String, CaseIterable {
        case equal = "="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case contains = "~"
        case notContains = "!~"
    }

    struct Comparison {
        var column: Int
        var op: Operator
        var text: String

        func matches(_ row: [Value]) -> Bool {
            let cell = column < row.count ? row[column] : .nothing
            switch op {
            case .contains: return cell.contains(typed: text)
            case .notContains: return !cell.contains(typed: text)
            case .equal: return cell.compare(withTyped: text) == .orderedSame
            case .notEqual: return cell.compare(withTyped: text) != .orderedSame
            case .less: return cell != .nothing && cell.compare(withTyped: text) == .orderedAscending
            case .lessOrEqual: return cell != .nothing && cell.compare(withTyped: text) != .orderedDescending
            case .greater: return cell != .nothing && cell.compare(withTyped: text) == .orderedDescending
            case .greaterOrEqual: return cell != .nothing && cell.compare(withTyped: text) != .orderedAscending
            }
        }
    }

    /// Alternatives (`of`) of conjunctions (`en`).
    let alternatives: [[Comparison]]

    func matches(_ row: [Value]) -> Bool {
        alternatives.contains { $0.allSatisfy { $0.matches(row) } }
    }

    static let andWords: Set<String> = ["en", "and"]
    static let orWords: Set<String> = ["of", "or"]

    /// Reads `kolom op waarde [en|of kolom op waarde]…` against a table's columns.
    init(words: [String], spans: [SourceSpan], columns: Table, callSpan: SourceSpan) throws(LOBError) {
        var alternatives: [[Comparison]] = [[]]
        var index = 0
        while true {
            guard index + 2 < words.count else {
                let span = index < spans.count ? spans[index] : (spans.last ?? callSpan)
                throw LOBError.usage(.filterIncomplete, at: span)
            }
            let name = words[index]
            guard let column = columns.columnIndex(name) else {
                if let suggestion = Suggestion.closest(to: name, in: columns.columns) {
                    throw LOBError.usage(.unknownColumnSuggest, name, suggestion, at: spans[index])
                }
                throw LOBError.usage(.unknownColumn, name, columns.columns.joined(separator: ", "), at: spans[index])
            }
            guard let op = Operator(rawValue: words[index + 1]) else {
                throw LOBError.usage(
                    .unknownOperator, words[index + 1], Operator.allCases.map(\.rawValue).joined(separator: " "),
                    at: spans[index + 1])
            }
            alternatives[alternatives.count - 1].append(Comparison(column: column, op: op, text: words[index + 2]))
            index += 3
            if index == words.count { break }
            let joiner = words[index].lowercased()
            if Filter.orWords.contains(joiner) {
                alternatives.append([])
            } else if !Filter.andWords.contains(joiner) {
                throw LOBError.usage(.expectedAndOr, words[index], at: spans[index])
            }
            index += 1
        }
        self.alternatives = alternatives
    }
}
