/// The yearly report's first section (order 10): the agenda scan of the year, what changed since last year,
/// and a chart of the norms per status.
struct AgendaReportSection: ReportSection {
    let id = "agenda.scan"
    let order = 10
    let title = Localized(nl: "De scan van de kwaliteitsagenda", en: "The scan of the quality agenda")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let overview = try request.measuredAgendaOverview(store)
        guard overview.lines.contains(where: { $0.current != nil }) else {
            return [.paragraph(Message(.agendaSectionNoScan, request.schoolYear.description).text(language))]
        }
        var blocks: [Document.Block] = [
            .paragraph(
                Localized(nl: "Totaal: ", en: "In all: ").text(language)
                    + AgendaOverview.share(overview.lines, language))
        ]
        let statuses: [AssessmentStatus] = [.realised, .developing, .notStarted]
        blocks.append(
            .chart(
                BarChart(
                    title: Message(.agendaSectionChartTitle, request.schoolYear.description).text(language),
                    bars: statuses.map { status in
                        let count = overview.lines.filter { $0.status == status }.count
                        return BarChart.Bar(
                            AgendaOverview.label(status, language), value: Double(count), text: String(count))
                    }, maximum: Double(overview.lines.count))))
        let rows = overview.lines.map { line -> [Value] in
            [
                .text(line.norm.id), .text(line.norm.title.text(language)),
                .text(AgendaOverview.label(line.current?.status, language)),
                .text(
                    AgendaOverview.label(line.previous?.status, language) + " "
                        + AgendaOverview.movement(line, language)),
                .text(AgendaOverview.indicatorTexts(line, language).joined(separator: "; ")),
            ]
        }
        blocks.append(
            .table(
                Table(
                    columns: [
                        "norm", Localized(nl: "titel", en: "title").text(language), "status",
                        overview.previousYear.description,
                        Localized(nl: "indicatoren", en: "indicators").text(language),
                    ], rows: rows)))
        let changes = overview.changes(language)
        blocks.append(
            .paragraph(Message(.agendaChangedSince, overview.previousYear.description).text(language) + ":"))
        blocks.append(
            changes.isEmpty ? .paragraph(Message(.agendaNothingChanged).text(language)) : .list(changes))
        return blocks
    }
}
