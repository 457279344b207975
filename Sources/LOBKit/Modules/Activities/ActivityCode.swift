/// How commands name an activity: its code, completed from the catalogue and checked against it.
enum ActivityCode {
    /// The positional every verb that takes one activity names it with.
    static let positional = Positional(
        "code", .activityCode,
        help: Localized(nl: "De code van de activiteit, zoals OD-HAN", en: "The activity's code, such as OD-HAN"))

    /// The existing codes nearest to a mistyped one: typos first, then codes that start with it; at most three.
    static func nearest(to typed: String, in codes: [String]) -> [String] {
        let folded = Array(typed.lowercased())
        let limit = max(1, min(3, folded.count / 3))
        let ranked = codes.compactMap { code -> (code: String, distance: Int)? in
            let lowered = code.lowercased()
            let distance = Suggestion.editDistance(folded, Array(lowered))
            if distance <= limit { return (code, distance) }
            if folded.count >= 2, lowered.hasPrefix(String(folded)) { return (code, limit + 1) }
            return nil
        }
        return ranked.sorted { ($0.distance, $0.code) < ($1.distance, $1.code) }.prefix(3).map(\.code)
    }
}

extension StoreTransaction {
    /// The activity with `code`, or an error that names the code and suggests the nearest ones.
    func existingActivity(code: String, at span: SourceSpan) throws(LOBError) -> Activity {
        if let activity = try activity(code: code) { return activity }
        let near = ActivityCode.nearest(to: code, in: try activities().map(\.code))
        guard !near.isEmpty else { throw LOBError(.failed, Message(.activityUnknown, code), at: span) }
        let suggestions = near.map { "'\($0)'" }.joined(separator: ", ")
        throw LOBError(.failed, Message(.activityUnknownSuggest, code, suggestions), at: span)
    }
}
