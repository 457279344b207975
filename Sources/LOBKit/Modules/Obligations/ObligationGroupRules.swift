/// The rules of one group, as the store measures many students at once (`verplichting check`, the indicator,
/// the report and the export): the SQL counts per student, and what they mean on a peildatum.
///
/// It measures what `ObligationProgress` measures, without the activities themselves: per rule how many
/// different activities that count are done, and for a rule of specific activities which of them.
struct ObligationGroupRules: Sendable {
    let group: ObligationGroup
    /// The group's rules, by id.
    let rules: [ObligationRule]

    /// The rules grouped, in school-type and leerjaar order.
    static func grouped(_ rules: [ObligationRule]) -> [ObligationGroupRules] {
        Dictionary(grouping: rules, by: \.group)
            .map { group, rules in ObligationGroupRules(group: group, rules: rules.sorted { $0.id < $1.id }) }
            .sorted { ($0.group.schoolType, $0.group.year) < ($1.group.schoolType, $1.group.year) }
    }

    /// The number of count columns per student: one per rule, or with `perActivity` one per activity of a rule
    /// of specific activities.
    func columnCount(perActivity: Bool) -> Int {
        rules.reduce(0) { count, rule in
            if perActivity, case .activities(let codes) = rule.requirement { return count + codes.count }
            return count + 1
        }
    }

    /// One student's standing, from the count columns read with `perActivity` (in the order of `rules`).
    struct Standing: Sendable {
        var isMet: Bool
        var isOnTrack: Bool
        /// How many activities are still open, over all rules.
        var openCount: Int
        /// `1 × open-dag; OUDL-5H`, as `ObligationProgress.openSummary`.
        var openSummary: String
    }

    /// The standing the per-activity count columns `counts` mean on `asOf`.
    func standing(_ counts: [Int], asOf: LOBDate) -> Standing {
        var standing = Standing(isMet: true, isOnTrack: true, openCount: 0, openSummary: "")
        var parts: [String] = []
        var column = 0
        for rule in rules {
            let done: Int
            let open: Int
            switch rule.requirement {
            case .kind(let kind, let minimum):
                done = column < counts.count ? counts[column] : 0
                column += 1
                open = max(0, minimum - done)
                if open > 0 { parts.append("\(open) × \(kind.rawValue)") }
            case .competency(let competency, let minimum):
                done = column < counts.count ? counts[column] : 0
                column += 1
                open = max(0, minimum - done)
                if open > 0 { parts.append("\(open) × \(competency.rawValue)") }
            case .activities(let codes):
                var doneCount = 0
                for code in codes {
                    if column < counts.count, counts[column] > 0 { doneCount += 1 } else { parts.append(code) }
                    column += 1
                }
                done = doneCount
                open = codes.count - doneCount
            }
            if open > 0 { standing.isMet = false }
            if done < ObligationSchedule.due(rule.requirement.required, on: asOf) { standing.isOnTrack = false }
            standing.openCount += open
        }
        standing.openSummary = parts.joined(separator: "; ")
        return standing
    }
}
