/// Whether the activity catalogue lets a group meet a rule at all: a rule nobody can meet is refused.
enum ObligationFeasibility {
    /// Why a rule can never be met, and the activity it is about (for the caret under the right word).
    struct Problem: Sendable {
        var message: Message
        var activityCode: String?
    }

    /// The catalogue's activity with this code, case-insensitively; codes are stored as the catalogue has them.
    static func activity(_ code: String, in catalogue: [Activity]) -> Activity? {
        catalogue.first { $0.code.lowercased() == code.lowercased() }
    }

    /// The message for a code the catalogue does not have, with a did-you-mean.
    static func unknownActivity(_ code: String, in catalogue: [Activity]) -> Message {
        if let suggestion = Suggestion.closest(to: code, in: catalogue.map(\.code)) {
            return Message(.obligationUnknownActivitySuggest, code, suggestion)
        }
        return Message(.obligationUnknownActivity, code)
    }

    /// Why `requirement` can never be met by `group` with `catalogue`; nil when it can.
    static func problem(_ requirement: ObligationRequirement, for group: ObligationGroup, catalogue: [Activity])
        -> Problem?
    {
        let meant = catalogue.filter { $0.isFor(group.schoolType, year: group.year) }
        let type = group.schoolType.rawValue
        let year = String(group.year)
        switch requirement {
        case .kind(let kind, let minimum):
            let available = meant.filter { $0.kind == kind }
            if available.isEmpty {
                return Problem(message: Message(.obligationNoneOfKind, kind.rawValue, type, year))
            }
            guard available.count < minimum else { return nil }
            return Problem(
                message: Message(
                    .obligationTooFew, String(minimum), kind.rawValue, type, year, String(available.count),
                    available.map(\.code).joined(separator: ", ")))
        case .competency(let competency, let minimum):
            let available = meant.filter { $0.competencies.contains(competency) }
            if available.isEmpty {
                return Problem(message: Message(.obligationNoneForCompetency, competency.rawValue, type, year))
            }
            guard available.count < minimum else { return nil }
            return Problem(
                message: Message(
                    .obligationTooFew, String(minimum), competency.rawValue, type, year, String(available.count),
                    available.map(\.code).joined(separator: ", ")))
        case .activities(let codes):
            for code in codes {
                guard let activity = activity(code, in: catalogue) else {
                    return Problem(message: unknownActivity(code, in: catalogue), activityCode: code)
                }
                guard !activity.isFor(group.schoolType, year: group.year) else { continue }
                let label = "\(activity.name) (\(activity.code))"
                let years = activity.years.isEmpty ? "—" : activity.years.map(String.init).joined(separator: ", ")
                let message =
                    activity.schoolTypes.isEmpty || activity.schoolTypes.contains(group.schoolType)
                    ? Message(.obligationActivityNotForYear, label, year, years)
                    : Message(
                        .obligationActivityNotFor, label, type, year,
                        activity.schoolTypes.map(\.rawValue).joined(separator: "/"), years)
                return Problem(message: message, activityCode: code)
            }
            return nil
        }
    }
}
