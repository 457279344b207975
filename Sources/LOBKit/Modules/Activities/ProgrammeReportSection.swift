/// The yearly report's programme (order 20): the activities per leerjaar and competency, the share of
/// students per leerjaar who took part in at least one, and the inspanningsverplichting met per group.
///
/// Students are counted as the roster has them now, so a past year is shown with today's classes.
struct ProgrammeReportSection: ReportSection {
    let id = "activiteit.programma"
    let order = 20
    let title = Localized(nl: "Het programma", en: "The programme")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let year = request.schoolYear
        guard let first = ObligationSchedule.firstDay(of: year), let last = ObligationSchedule.lastDay(of: year)
        else { return [] }
        return try coverage(request, store) + participation(request, store, first, last)
            + obligations(request, store, first, last)
    }

    /// Activities per leerjaar × competency, with the gaps in words.
    func coverage(_ request: ReportRequest, _ store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let activities = try store.activities().filter { $0.takesPlace(in: request.schoolYear) }
        guard !activities.isEmpty else {
            return [.paragraph(Message(.programmeNoActivities, request.schoolYear.description).text(language))]
        }
        let matrix = CoverageMatrix(activities: activities, schoolType: nil)
        let gaps = matrix.gaps
        return [
            .paragraph(Message(.programmeCoverageIntro, String(activities.count)).text(language)),
            .table(matrix.table),
            .paragraph(
                (gaps.isEmpty
                    ? Message(.activityCoverageNoGaps)
                    : Message(.activityCoverageGaps, String(gaps.count), matrix.gapText(language))).text(language)),
        ]
    }

    /// The share of students per leerjaar with at least one participation (status `deelgenomen`) this year.
    func participation(
        _ request: ReportRequest, _ store: StoreTransaction, _ first: LOBDate, _ last: LOBDate
    ) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let years =
            try store.hasParticipations(from: first, until: last, status: .participated)
            ? try store.participants(from: first, until: last, bySchoolType: false) : []
        guard !years.isEmpty else {
            return [.paragraph(Message(.programmeNoParticipation, request.schoolYear.description).text(language))]
        }
        var rows: [[Value]] = []
        var bars: [BarChart.Bar] = []
        for count in years {
            let (leerjaar, with) = (count.year, count.participants)
            let percent = ProgrammeReportSection.percent(with, of: count.students)
            rows.append([.integer(leerjaar), .integer(count.students), .integer(with), .text("\(percent)%")])
            bars.append(
                BarChart.Bar(
                    Message(.programmeYearLabel, String(leerjaar)).text(language), value: Double(percent),
                    text: "\(percent)%"))
        }
        return [
            .paragraph(Message(.programmeParticipationIntro).text(language)),
            .chart(
                BarChart(
                    title: Message(.programmeParticipationChart, request.schoolYear.description).text(language),
                    bars: bars, maximum: 100)),
            .table(Table(columns: ["leerjaar", "leerlingen", "met-deelname", "aandeel"], rows: rows)),
        ]
    }

    /// Per school type and leerjaar with rules: how many students met their inspanningsverplichting.
    func obligations(
        _ request: ReportRequest, _ store: StoreTransaction, _ first: LOBDate, _ last: LOBDate
    ) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let rules = try store.obligationRules()
        guard !rules.isEmpty else {
            return [.paragraph(Message(.programmeNoObligations).text(language))]
        }
        guard request.today >= first else {
            return [.paragraph(Message(.programmeNotBegun, request.schoolYear.description).text(language))]
        }
        let asOf = min(request.today, last)
        let groups = try store.obligationTallies(rules, asOf: asOf, met: true).filter { $0.students > 0 }
        guard !groups.isEmpty else { return [.paragraph(Message(.programmeNoObligations).text(language))] }
        let rows = groups.map { group -> [Value] in
            [
                .text(group.group.schoolType.rawValue), .integer(group.group.year), .integer(group.students),
                .integer(group.met), .text("\(ProgrammeReportSection.percent(group.met, of: group.students))%"),
                .integer(group.onTrack),
            ]
        }
        return [
            .paragraph(Message(.programmeObligationsIntro, asOf.description).text(language)),
            .table(
                Table(
                    columns: ["schooltype", "leerjaar", "leerlingen", "voldaan", "aandeel-voldaan", "op-schema"],
                    rows: rows)),
        ]
    }

    /// A whole percentage; 0 of nothing is 0.
    static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
    }
}
