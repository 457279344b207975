public import Foundation

extension Value {
    /// Orders two values as a decaan expects: numbers by size, dates by time, text alphabetically
    /// without regard to case or diacritics (`Özdemir` next to `Oosterhout`), empty values first.
    public static func order(_ lhs: Value, _ rhs: Value) -> ComparisonResult {
        switch (lhs, rhs) {
        case (.nothing, .nothing): return .orderedSame
        case (.nothing, _): return .orderedAscending
        case (_, .nothing): return .orderedDescending
        default: break
        }
        if let left = lhs.number, let right = rhs.number {
            return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
        }
        if case .date(let left) = lhs, case .date(let right) = rhs {
            return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
        }
        return compareText(lhs.plainText, rhs.plainText)
    }

    /// Orders two rows by their cells in turn, as `order(_:_:)` orders cells.
    static func order(_ lhs: [Value], _ rhs: [Value]) -> ComparisonResult {
        for (left, right) in zip(lhs, rhs) {
            let result = order(left, right)
            if result != .orderedSame { return result }
        }
        return lhs.count < rhs.count ? .orderedAscending : lhs.count > rhs.count ? .orderedDescending : .orderedSame
    }

    static func compareText(_ lhs: String, _ rhs: String) -> ComparisonResult {
        lhs.compare(rhs, options: [.caseInsensitive, .diacriticInsensitive, .numeric])
    }

    var number: Double? {
        switch self {
        case .integer(let number): Double(number)
        case .decimal(let number): number
        default: nil
        }
    }

    /// Compares a cell with a value typed in a filter, reading the typed text like the cell:
    /// `leerjaar >= 4` compares numbers, `datum < 1-9-2026` dates, the rest as text.
    func compare(withTyped text: String) -> ComparisonResult {
        switch self {
        case .integer, .decimal:
            if let typed = Double(text.replacingOccurrences(of: ",", with: ".")), let number {
                return number < typed ? .orderedAscending : number > typed ? .orderedDescending : .orderedSame
            }
        case .date(let date):
            if let typed = LOBDate(parsing: text) {
                return date < typed ? .orderedAscending : date > typed ? .orderedDescending : .orderedSame
            }
        case .schoolYear(let year):
            if let typed = SchoolYear(parsing: text) {
                return year < typed ? .orderedAscending : year > typed ? .orderedDescending : .orderedSame
            }
        case .nothing:
            return text.isEmpty ? .orderedSame : .orderedAscending
        default:
            break
        }
        return Value.compareText(plainText, text)
    }

    /// Whether the cell's text contains `text`, ignoring case and diacritics.
    func contains(typed text: String) -> Bool {
        plainText.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }
}
