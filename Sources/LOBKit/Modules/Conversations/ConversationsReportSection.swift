/// The yearly report's conversations (order 30): how many were held, the share of students per leerjaar
/// with at least one, and how the afspraken stand.
struct ConversationsReportSection: ReportSection {
    let id = "gesprek.gehouden"
    let order = 30
    let title = Localized(nl: "Loopbaangesprekken", en: "Career conversations")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let query = ConversationIndicators.query(for: request.schoolYear)
        let conversations = try store.conversations(query)
        guard !conversations.isEmpty else {
            return [.paragraph(Message(.conversationSectionNone, request.schoolYear.description).text(language))]
        }
        let talkedTo = Set(conversations.map(\.studentNumber))
        let students = try store.students(StudentQuery())
        var blocks: [Document.Block] = [
            .paragraph(
                Message(.conversationSectionHeld, String(conversations.count), String(talkedTo.count)).text(language))
        ]
        if !students.isEmpty {
            var rows: [[Value]] = []
            var bars: [BarChart.Bar] = []
            for (year, group) in Dictionary(grouping: students, by: \.year).sorted(by: { $0.key < $1.key }) {
                let with = group.filter { talkedTo.contains($0.number) }.count
                let percent = ProgrammeReportSection.percent(with, of: group.count)
                rows.append([.integer(year), .integer(group.count), .integer(with), .text("\(percent)%")])
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
        let day = query.until.map { min(request.today, $0) } ?? request.today
        let agreements = conversations.flatMap(\.agreements)
        let done = agreements.filter { $0.done != nil }.count
        let overdue = agreements.filter { $0.isOverdue(on: day) }.count
        let open = agreements.count - done
        blocks.append(
            .paragraph(
                agreements.isEmpty
                    ? Message(.conversationSectionNoAgreements).text(language)
                    : Message(
                        .conversationSectionAgreements, String(agreements.count), String(done), String(open),
                        String(overdue), day.description
                    ).text(language)))
        return blocks
    }
}
