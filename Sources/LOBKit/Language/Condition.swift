/// A comparison operator of a condition (`waar`, `als`).
public enum ConditionOperator: String, CaseIterable, Sendable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case contains = "~"
    case notContains = "!~"

    /// Whether `value op typed` holds, reading `typed` like the value (numbers, dates, text).
    func holds(_ value: Value, _ typed: String) -> Bool {
        switch self {
        case .contains: return value.contains(typed: typed)
        case .notContains: return !value.contains(typed: typed)
        case .equal: return value.compare(withTyped: typed) == .orderedSame
        case .notEqual: return value.compare(withTyped: typed) != .orderedSame
        case .less: return value != .nothing && value.compare(withTyped: typed) == .orderedAscending
        case .lessOrEqual: return value != .nothing && value.compare(withTyped: typed) != .orderedDescending
        case .greater: return value != .nothing && value.compare(withTyped: typed) == .orderedDescending
        case .greaterOrEqual: return value != .nothing && value.compare(withTyped: typed) != .orderedAscending
        }
    }
}

/// Comparisons joined by `en` (binds first) and `of`: the expression of `waar` (a column on the left) and
/// of `als` (values and parenthesised pipelines on both sides).
public struct Condition<Left: Sendable, Right: Sendable>: Sendable {
    public struct Comparison: Sendable {
        public var left: Left
        public var op: ConditionOperator
        public var right: Right
    }

    /// Alternatives (`of`) of conjunctions (`en`).
    public var alternatives: [[Comparison]]

    static var andWords: Set<String> { ["en", "and"] }
    static var orWords: Set<String> { ["of", "or"] }

    /// Reads `left op right [en|of left op right]…` from `count` items.
    ///
    /// `text(i)` is item i as typed (nil for an item that is no word, such as a pipeline), for operators
    /// and joiners; `left(i)` and `right(i)` make the operands, in reading order so that errors come in order.
    init(
        count: Int, spans: [SourceSpan], fallback: SourceSpan, incomplete: MessageKey,
        text: (Int) -> String?,
        left: (Int) throws(LOBError) -> Left,
        right: (Int) throws(LOBError) -> Right
    ) throws(LOBError) {
        var alternatives: [[Comparison]] = [[]]
        var index = 0
        while true {
            guard index + 2 < count else {
                let span = index < spans.count ? spans[index] : (spans.last ?? fallback)
                throw LOBError.usage(incomplete, at: span)
            }
            let leftOperand = try left(index)
            guard let op = text(index + 1).flatMap(ConditionOperator.init(rawValue:)) else {
                throw LOBError.usage(
                    .unknownOperator, text(index + 1) ?? "(…)",
                    ConditionOperator.allCases.map(\.rawValue).joined(separator: " "), at: spans[index + 1])
            }
            let rightOperand = try right(index + 2)
            alternatives[alternatives.count - 1].append(Comparison(left: leftOperand, op: op, right: rightOperand))
            index += 3
            if index == count { break }
            let joiner = text(index)?.lowercased() ?? ""
            if Condition.orWords.contains(joiner) {
                alternatives.append([])
            } else if !Condition.andWords.contains(joiner) {
                throw LOBError.usage(.expectedAndOr, text(index) ?? "(…)", at: spans[index])
            }
            index += 1
        }
        self.alternatives = alternatives
    }

    /// Whether the condition holds, given how one comparison is decided; stops as soon as the answer is known.
    func holds<Failure: Error>(_ decide: (Comparison) throws(Failure) -> Bool) throws(Failure) -> Bool {
        for conjunction in alternatives {
            var all = true
            for comparison in conjunction where all {
                all = try decide(comparison)
            }
            if all { return true }
        }
        return false
    }
}
