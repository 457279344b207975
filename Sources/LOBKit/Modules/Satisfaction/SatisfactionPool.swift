/// Results pooled into one figure: every answer counts once, so a mean over items and groups is the mean of all
/// their answers.
///
/// The respondents of a pool are those of its most answered item (summed over its groups): the people who
/// filled in the survey, not the answers they gave.
struct SatisfactionPool: Sendable {
    private var answersPerItem: [String: Int] = [:]
    private var scoreSum = 0.0
    private var answers = 0
    /// The summed counts of 1…5; nil once a result without a distribution came in.
    private var distribution: [Int]? = [0, 0, 0, 0, 0]

    init() {}

    init(_ results: some Sequence<SatisfactionResult>) {
        for result in results { add(result) }
    }

    mutating func add(_ result: SatisfactionResult) {
        answersPerItem[result.itemID, default: 0] += result.respondents
        scoreSum += result.mean * Double(result.respondents)
        answers += result.respondents
        if let counts = result.distribution, counts.count == 5, let summed = distribution {
            distribution = zip(summed, counts).map { $0 + $1 }
        } else {
            distribution = nil
        }
    }

    /// How many filled in the survey (see above).
    var respondents: Int { answersPerItem.values.max() ?? 0 }

    /// The mean of all answers; nil for an empty pool.
    var mean: Double? { answers > 0 ? scoreSum / Double(answers) : nil }

    /// The share of answers 4 and 5 (eens, helemaal eens); nil when a distribution is not known.
    var agreeShare: Double? {
        guard let distribution, answers > 0, distribution.count == 5 else { return nil }
        return Double(distribution[3] + distribution[4]) / Double(answers)
    }

    /// The mean on one decimal, as tables show it.
    static func rounded(_ mean: Double) -> Double { (mean * 10).rounded() / 10 }

    /// Whether the pool may be reported: at least `minimum` respondents.
    func isReportable(minimum: Int) -> Bool { respondents >= minimum }

    /// The cells `n`, `gemiddelde`, `eens` and `opmerking`: for a group below the minimum, all empty but the
    /// reason (never the number, which would tell how small the group is).
    func cells(minimum: Int, language: UILanguage) -> [Value] {
        guard isReportable(minimum: minimum), let mean else {
            return [.nothing, .nothing, .nothing, .text(Message(.satisfactionTooFew, String(minimum)).text(language))]
        }
        let agree = agreeShare.map { Value.text(CountRange.percent($0...$0)) } ?? .nothing
        return [.integer(respondents), .decimal(SatisfactionPool.rounded(mean)), agree, .nothing]
    }

    /// A bar for `--grafiek`: the mean on the 1–5 scale, or an empty bar with the reason.
    func bar(_ label: String, minimum: Int, language: UILanguage) -> BarChart.Bar {
        guard isReportable(minimum: minimum), let mean else {
            return BarChart.Bar(label, value: 0, text: Message(.satisfactionTooFew, String(minimum)).text(language))
        }
        let rounded = SatisfactionPool.rounded(mean)
        return BarChart.Bar(
            label, value: rounded,
            text: Message(.satisfactionBarText, Value.format(decimal: rounded), String(respondents)).text(language))
    }

    /// The column names of `cells`.
    static let columns = ["n", "gemiddelde", "eens", "opmerking"]
}
