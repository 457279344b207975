/// The yearly evaluation document for the board and the MR (norm K1): a title, what the document is, a
/// short summary, and then every module's report section in order, each under its heading.
enum YearlyReport {
    /// Assembles the document from `sections` (already in report order).
    static func document(
        sections: [any ReportSection], request: ReportRequest, store: StoreTransaction
    ) throws(LOBError) -> Document {
        var request = request
        // The scan, measured once for the summary and the agenda section.
        if request.agendaOverview == nil {
            request.agendaOverview = try AgendaOverview(
                schoolYear: request.schoolYear, store: store, indicators: request.indicators)
        }
        let language = request.language
        let year = request.schoolYear.description
        let school = try store.branches().first?.name ?? ""
        var document = Document(
            title: school.isEmpty
                ? Message(.evaluationReportTitle, year).text(language)
                : Message(.evaluationReportTitleSchool, year, school).text(language))
        document.blocks.append(
            .paragraph(Message(.evaluationReportIntro, year, request.today.description).text(language)))
        document.blocks.append(.heading(Localized(nl: "Samenvatting", en: "Summary").text(language)))
        document.blocks.append(.list(try summary(sections: sections, request: request, store: store)))
        for section in sections {
            try store.checkInterruption()
            document.blocks.append(.heading(section.title.text(language)))
            let blocks = try section.blocks(for: request, in: store)
            document.blocks +=
                blocks.isEmpty ? [.paragraph(Message(.evaluationReportSectionEmpty).text(language))] : blocks
        }
        return document
    }

    /// The agenda's standing, K1, the indicators that need attention, and what the document holds.
    static func summary(
        sections: [any ReportSection], request: ReportRequest, store: StoreTransaction
    ) throws(LOBError) -> [String] {
        let language = request.language
        let overview = try request.measuredAgendaOverview(store)
        var items: [String] = []
        if overview.lines.contains(where: { $0.current != nil }) {
            items.append(
                Message(.evaluationSummaryAgenda, AgendaOverview.share(overview.lines, language)).text(language))
        } else {
            items.append(Message(.agendaSectionNoScan, request.schoolYear.description).text(language))
        }
        if let k1 = overview.lines.first(where: { $0.norm.id == "K1" }) {
            items.append("K1: " + AgendaOverview.indicatorTexts(k1, language).joined(separator: "; "))
        }
        let measured = overview.lines.flatMap { line in
            line.indicators.compactMap { indicator -> (String, Bool)? in
                guard case .value(_, let inOrder?) = indicator.value else { return nil }
                return ("\(line.norm.id) " + indicator.name.text(language), inOrder)
            }
        }
        if !measured.isEmpty {
            let attention = measured.filter { !$0.1 }.map(\.0)
            items.append(
                Message(
                    .evaluationSummaryIndicators, String(measured.count - attention.count), String(measured.count),
                    attention.isEmpty ? "-" : attention.joined(separator: "; ")
                ).text(language))
        }
        items.append(
            Message(.evaluationSummarySections, sections.map { $0.title.text(language) }.joined(separator: ", "))
                .text(language))
        return items
    }
}
