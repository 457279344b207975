/// The tables and charts of the doorstroom queries and report sections, built from `TransitionFigures`.
///
/// Column names are Dutch in both languages, as everywhere in lobsh; every count built on DUO's `<5` is a
/// range (`118–130`), and so is every share built on it (`40–44%`).
enum TransitionTables {
    static let statuses: [FollowUpStatus] = FollowUpStatus.allCases

    /// Counts and shares per group, with a total row: `bestemming, aantal, aandeel`.
    static func overview(_ figures: TransitionFigures, per grouping: TransitionGrouping, language: UILanguage)
        -> Table
    {
        let counts = figures.counts(per: grouping, emptyLabel: emptyLabel(language))
        let shares = CountRange.shares(counts.map(\.count))
        var rows = zip(counts, shares).map { item, share -> [Value] in
            [.text(item.group), item.count.value, .text(CountRange.percent(share))]
        }
        rows.append([.text(totalLabel), figures.total.value, .text(figures.entries.isEmpty ? "" : "100%")])
        return Table(columns: [grouping.rawValue, "aantal", "aandeel"], rows: rows)
    }

    /// The overview as bars: each group's share, shaded where it is a range.
    static func overviewChart(
        _ figures: TransitionFigures, per grouping: TransitionGrouping, title: String,
        language: UILanguage
    ) -> BarChart {
        let counts = figures.counts(per: grouping, emptyLabel: emptyLabel(language))
        let shares = CountRange.shares(counts.map(\.count))
        let bars = zip(counts, shares).map { item, share in
            bar(item.group, share: share, text: "\(item.count) (\(CountRange.percent(share)))")
        }
        return BarChart(title: title, bars: bars, maximum: 100)
    }

    /// Per group: the number of alumni and the share of each status one year later, with a total row.
    static func success(_ figures: TransitionFigures, per grouping: TransitionGrouping, language: UILanguage)
        -> Table
    {
        let groups = figures.statusCounts(per: grouping, emptyLabel: emptyLabel(language))
        var all: [FollowUpStatus: CountRange] = [:]
        for group in groups { all.merge(group.counts, uniquingKeysWith: +) }
        let rows = (groups + [(totalLabel, all)]).map { group, counts -> [Value] in
            let parts = statuses.map { counts[$0] ?? .zero }
            return [.text(group), CountRange.sum(parts).value]
                + CountRange.shares(parts).map { .text(CountRange.percent($0)) }
        }
        return Table(columns: [grouping.rawValue, "aantal"] + statuses.map(\.rawValue), rows: rows)
    }

    /// Per group, a bar for each known status: the share that continued, switched or dropped out.
    static func successChart(
        _ figures: TransitionFigures, per grouping: TransitionGrouping, title: String,
        language: UILanguage
    ) -> BarChart {
        var bars: [BarChart.Bar] = []
        for (group, counts) in figures.statusCounts(per: grouping, emptyLabel: emptyLabel(language)) {
            let shares = CountRange.shares(statuses.map { counts[$0] ?? .zero })
            for (status, share) in zip(statuses, shares) where status != .unknown {
                bars.append(bar("\(group) \(status.rawValue)", share: share, text: CountRange.percent(share)))
            }
        }
        return BarChart(title: title, bars: bars, maximum: 100)
    }

    /// Per cohort and group: count and share of the cohort, and for the school's own data the shares of each
    /// status one year later.
    static func trend(_ figures: TransitionFigures, per grouping: TransitionGrouping, language: UILanguage)
        -> Table
    {
        let withStatus = figures.source != .duo
        var rows: [[Value]] = []
        for cohort in figures.cohorts {
            let year = figures.only(cohort: cohort)
            let counts = year.counts(per: grouping, emptyLabel: emptyLabel(language))
            let statusCounts = Dictionary(
                year.statusCounts(per: grouping, emptyLabel: emptyLabel(language)).map { ($0.group, $0.counts) },
                uniquingKeysWith: { first, _ in first })
            for (item, share) in zip(counts, CountRange.shares(counts.map(\.count))) {
                var row: [Value] = [
                    .integer(cohort), .text(item.group), item.count.value, .text(CountRange.percent(share)),
                ]
                if withStatus {
                    let known = statusCounts[item.group] ?? [:]
                    row += CountRange.shares(statuses.map { known[$0] ?? .zero }).map {
                        .text(CountRange.percent($0))
                    }
                }
                rows.append(row)
            }
        }
        let columns = ["cohort", grouping.rawValue, "aantal", "aandeel"] + (withStatus ? statuses.map(\.rawValue) : [])
        return Table(columns: columns, rows: rows)
    }

    /// The trend as bars: each cohort's share per group.
    static func trendChart(
        _ figures: TransitionFigures, per grouping: TransitionGrouping, title: String,
        language: UILanguage
    ) -> BarChart {
        var bars: [BarChart.Bar] = []
        for cohort in figures.cohorts {
            let counts = figures.only(cohort: cohort).counts(per: grouping, emptyLabel: emptyLabel(language))
            for (item, share) in zip(counts, CountRange.shares(counts.map(\.count))) {
                bars.append(
                    bar("\(cohort) \(item.group)", share: share, text: "\(item.count) (\(CountRange.percent(share)))"))
            }
        }
        return BarChart(title: title, bars: bars, maximum: 100)
    }

    /// Destinations (rows) against cohorts (columns), each cell `count (share)`, with a total row.
    static func destinationsByCohort(_ figures: TransitionFigures, cohorts: [Int], language: UILanguage) -> Table {
        let perCohort = cohorts.map { cohort -> [String: (CountRange, ClosedRange<Double>)] in
            let counts = figures.only(cohort: cohort).counts(per: .destination, emptyLabel: emptyLabel(language))
            return Dictionary(
                zip(counts, CountRange.shares(counts.map(\.count))).map { ($0.group, ($0.count, $1)) },
                uniquingKeysWith: { first, _ in first })
        }
        let destinations = Destination.allCases.map(\.rawValue).filter { name in
            perCohort.contains { $0[name] != nil }
        }
        var rows = destinations.map { name -> [Value] in
            [.text(name)]
                + perCohort.map { cells in
                    cells[name].map { Value.text("\($0.0) (\(CountRange.percent($0.1)))") } ?? .text("–")
                }
        }
        rows.append([.text(totalLabel)] + cohorts.map { figures.only(cohort: $0).total.value })
        return Table(columns: ["bestemming"] + cohorts.map(String.init), rows: rows)
    }

    /// Per cohort (rows): the number of alumni and the share of each status one year later.
    static func successByCohort(_ figures: TransitionFigures, cohorts: [Int]) -> Table {
        let rows = cohorts.map { cohort -> [Value] in
            var counts: [FollowUpStatus: CountRange] = [:]
            for entry in figures.only(cohort: cohort).entries {
                if let status = entry.status { counts[status, default: .zero] += entry.count }
            }
            let parts = statuses.map { counts[$0] ?? .zero }
            return [.integer(cohort), CountRange.sum(parts).value]
                + CountRange.shares(parts).map { .text(CountRange.percent($0)) }
        }
        return Table(columns: ["cohort", "aantal"] + statuses.map(\.rawValue), rows: rows)
    }

    /// A bar for a share (0…1) drawn in percent, shaded to its high end when it is a range.
    static func bar(_ label: String, share: ClosedRange<Double>, text: String) -> BarChart.Bar {
        let low = share.lowerBound * 100
        let high = share.upperBound * 100
        return BarChart.Bar(label, value: low, high: high > low ? high : nil, text: text)
    }

    static let totalLabel = "totaal"

    static func emptyLabel(_ language: UILanguage) -> String {
        Message(.transitionEmptyGroup).text(language)
    }
}
