/// The yearly report's "Tevredenheid" section (order 50): the LOB items this school year against last year, as a
/// table and a chart, and the LOB items per school type; groups below the minimum are withheld with the reason.
struct SatisfactionReportSection: ReportSection {
    let id = "tevredenheid.lob"
    let order = 50
    let title = Localized(nl: "Tevredenheid", en: "Satisfaction")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let year = request.schoolYear
        let previous = SchoolYear(validStartYear: year.startYear - 1)
        let minimum = request.minimumRespondents
        let isLOB = { (result: SatisfactionResult) in result.item?.theme.isLOB ?? false }
        let all = try store.satisfactionResults(schoolYear: year)
        if all.isEmpty {
            return [.paragraph(Message(.satisfactionReportNoData, year.description).text(language))]
        }
        let current = all.filter(isLOB)
        if current.isEmpty {
            return [.paragraph(Message(.satisfactionReportNoLOB, year.description).text(language))]
        }
        let earlier = Dictionary(
            grouping: try store.satisfactionResults(schoolYear: previous).filter(isLOB), by: \.itemID)
        let now = Dictionary(grouping: current, by: \.itemID)
        var withheld = false
        var rows: [[Value]] = []
        var bars: [BarChart.Bar] = []
        for item in SatisfactionItem.all where now[item.id] != nil {
            let pool = SatisfactionPool(now[item.id] ?? [])
            let before = earlier[item.id].map(SatisfactionPool.init)
            let shown = pool.isReportable(minimum: minimum)
            let shownBefore = before?.isReportable(minimum: minimum) ?? false
            withheld = withheld || !shown || (before != nil && !shownBefore)
            var change: Value = .nothing
            if shown, shownBefore, let mean = pool.mean, let old = before?.mean {
                change = .decimal(
                    SatisfactionPool.rounded(SatisfactionPool.rounded(mean) - SatisfactionPool.rounded(old)))
            }
            rows.append([
                .text(item.id), .text(item.question.text(language)),
                SatisfactionReportSection.mean(before, minimum: minimum, language: language),
                SatisfactionReportSection.mean(pool, minimum: minimum, language: language),
                shown ? .integer(pool.respondents) : .nothing, change,
            ])
            bars.append(pool.bar(item.id, minimum: minimum, language: language))
        }
        var blocks: [Document.Block] = [
            .paragraph(Message(.satisfactionReportIntro, year.description, previous.description).text(language)),
            .table(
                Table(
                    columns: ["item", "vraag", previous.description, year.description, "n", "verschil"], rows: rows)),
            .chart(
                BarChart(
                    title: Message(.satisfactionChartTitle, year.description).text(language), bars: bars, maximum: 5)),
        ]
        let perType = SatisfactionOverview.rows(current, by: .schoolType, language: language)
        withheld = withheld || perType.contains { !$0.pool.isReportable(minimum: minimum) }
        blocks.append(.paragraph(Message(.satisfactionReportPerSchoolType, year.description).text(language)))
        blocks.append(
            .table(
                Table(
                    columns: ["schooltype"] + SatisfactionPool.columns,
                    rows: perType.map { $0.cells + $0.pool.cells(minimum: minimum, language: language) })))
        if withheld {
            blocks.append(.paragraph(Message(.satisfactionReportWithheld, String(minimum)).text(language)))
        }
        return blocks
    }

    /// A mean cell: empty when there was no result, the reason when the group was too small.
    private static func mean(_ pool: SatisfactionPool?, minimum: Int, language: UILanguage) -> Value {
        guard let pool, let mean = pool.mean else { return .nothing }
        guard pool.isReportable(minimum: minimum) else {
            return .text(Message(.satisfactionTooFew, String(minimum)).text(language))
        }
        return .decimal(SatisfactionPool.rounded(mean))
    }
}
