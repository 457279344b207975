@testable import LOBKit

/// A store with two years of LOB results: LOB01 for everyone last year (20) and for havo 4 this year (25); LOB05
/// this year for havo 4 (12) and vwo 5 (6, a small group); one shareable and one private comment this year.
enum SatisfactionFixture {
    static let previous = SchoolYear(validStartYear: 2025)
    static let current = SchoolYear(validStartYear: 2026)

    static func store(withData: Bool = true) throws -> Store {
        let store = try Store.inMemory(modules: [SatisfactionModule()])
        guard withData else { return store }
        try store.transaction { transaction throws(LOBError) in
            func result(_ year: SchoolYear, _ item: String, _ group: SatisfactionGroup, _ n: Int, _ mean: Double)
                -> SatisfactionResult
            {
                SatisfactionResult(
                    schoolYear: year, source: "peiling", itemID: item, group: group, respondents: n, mean: mean,
                    distribution: nil)
            }
            _ = try transaction.replaceSatisfactionSource(
                schoolYear: previous, source: "peiling", shape: .totals,
                results: [result(previous, "LOB01", .everyone, 20, 3.0)], comments: [])
            _ = try transaction.replaceSatisfactionSource(
                schoolYear: current, source: "peiling", shape: .totals,
                results: [
                    result(current, "LOB01", .init(schoolType: .havo, year: 4), 25, 3.6),
                    result(current, "LOB05", .init(schoolType: .havo, year: 4), 12, 4.0),
                    result(current, "LOB05", .init(schoolType: .vwo, year: 5), 6, 3.0),
                    result(current, "ALG01", .init(schoolType: .vwo, year: 5), 30, 4.2),
                ],
                comments: [
                    SatisfactionComment(
                        schoolYear: current, source: "peiling", itemID: "LOB05", text: "De gesprekken helpen.",
                        isShareable: true),
                    SatisfactionComment(
                        schoolYear: current, source: "peiling", itemID: "", text: "Mijn mentor J. luistert niet.",
                        isShareable: false),
                ])
        }
        return store
    }

    static func request(minimum: Int = 10) -> ReportRequest {
        ReportRequest(
            schoolYear: current, language: .dutch, today: LOBDate(year: 2026, month: 11, day: 29) ?? .today(),
            minimumRespondents: minimum)
    }

    /// The blocks as the terminal shows them.
    static func text(_ blocks: [Document.Block]) -> String {
        Document(title: "T", blocks: blocks).text(language: .dutch)
    }
}
