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
        let students = try store.students(StudentQuery())
        return try coverage(request, store) + participation(request, store, students, first, last)
            + obligations(request, store, students, first, last)
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
        _ request: ReportRequest, _ store: StoreTransaction, _ students: [Student], _ first: LOBDate, _ last: LOBDate
    ) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let participations = try store.participations(
            ParticipationQuery(from: first, until: last, status: .participated))
        guard !participations.isEmpty, !students.isEmpty else {
            return [.paragraph(Message(.programmeNoParticipation, request.schoolYear.description).text(language))]
        }
        let took = Set(participations.map(\.studentNumber))
        let years = Dictionary(grouping: students, by: \.year).sorted { $0.key < $1.key }
        var rows: [[Value]] = []
        var bars: [BarChart.Bar] = []
        for (leerjaar, group) in years {
            let with = group.filter { took.contains($0.number) }.count
            let percent = ProgrammeReportSection.percent(with, of: group.count)
            rows.append([.integer(leerjaar), .integer(group.count), .integer(with), .text("\(percent)%")])
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
        _ request: ReportRequest, _ store: StoreTransaction, _ students: [Student], _ first: LOBDate, _ last: LOBDate
    ) throws(LOBError) -> [Document.Block] {
        let language = request.language
        guard try !store.obligationRules().isEmpty else {
            return [.paragraph(Message(.programmeNoObligations).text(language))]
        }
        guard request.today >= first else {
            return [.paragraph(Message(.programmeNotBegun, request.schoolYear.description).text(language))]
        }
        let asOf = min(request.today, last)
        let progress = try ObligationProgress.measure(students, asOf: asOf, in: store)
        guard !progress.isEmpty else { return [.paragraph(Message(.programmeNoObligations).text(language))] }
        let groups = Dictionary(grouping: progress) { ObligationGroup($0.student) }.sorted {
            ($0.key.schoolType, $0.key.year) < ($1.key.schoolType, $1.key.year)
        }
        let rows = groups.map { group, members -> [Value] in
            let met = members.filter(\.isMet).count
            let onTrack = members.filter(\.isOnTrack).count
            return [
                .text(group.schoolType.rawValue), .integer(group.year), .integer(members.count), .integer(met),
                .text("\(ProgrammeReportSection.percent(met, of: members.count))%"), .integer(onTrack),
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
