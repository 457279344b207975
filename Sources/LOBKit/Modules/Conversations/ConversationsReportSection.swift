/// The yearly report's conversations (order 30): how many were held, the share of students per leerjaar
/// with at least one, and how the afspraken stand.
struct ConversationsReportSection: ReportSection {
    let id = "gesprek.gehouden"
    let order = 30
    let title = Localized(nl: "Loopbaangesprekken", en: "Career conversations")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let (from, until) = ConversationIndicators.period(of: request.schoolYear)
        let day = min(request.today, until)
        // Counted in SQL: nothing of what was said is read.
        let counts = try store.conversationCounts(from: from, until: until, day: day)
        guard counts.conversations > 0 else {
            return [.paragraph(Message(.conversationSectionNone, request.schoolYear.description).text(language))]
        }
        let coverage = try store.conversationCoverage(from: from, until: until)
        var blocks: [Document.Block] = [
            .paragraph(
                Message(.conversationSectionHeld, String(counts.conversations), String(coverage.withConversation))
                    .text(language))
        ]
        var years: [Int: (students: Int, with: Int)] = [:]
        for group in coverage.groups {
            years[group.year, default: (0, 0)].students += group.students
            years[group.year, default: (0, 0)].with += group.withConversation
        }
        if !years.isEmpty {
            var rows: [[Value]] = []
            var bars: [BarChart.Bar] = []
            for (year, group) in years.sorted(by: { $0.key < $1.key }) {
                let percent = ProgrammeReportSection.percent(group.with, of: group.students)
                rows.append([.integer(year), .integer(group.students), .integer(group.with), .text("\(percent)%")])
                bars.append(
                    BarChart.Bar(
                        Message(.programmeYearLabel, String(year)).text(language), value: Double(percent),
                        text: "\(percent)%"))
            }
            blocks.append(
                .chart(
                    BarChart(
                        title: Message(.conversationSectionChart, request.schoolYear.description).text(language),
                        bars: bars, maximum: 100)))
            blocks.append(.table(Table(columns: ["leerjaar", "leerlingen", "met-gesprek", "aandeel"], rows: rows)))
        }
        blocks.append(
            .paragraph(
                counts.agreements == 0
                    ? Message(.conversationSectionNoAgreements).text(language)
                    : Message(
                        .conversationSectionAgreements, String(counts.agreements), String(counts.agreementsDone),
                        String(counts.agreementsOpen), String(counts.agreementsOverdue), day.description
                    ).text(language)))
        return blocks
    }
}
