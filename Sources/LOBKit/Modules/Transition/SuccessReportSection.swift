/// The report's section on success after one year: per cohort the share still in the same programme,
/// switched and dropped out, from the school's own records (DUO's data has no status).
struct SuccessReportSection: ReportSection {
    let id = "doorstroom.succes"
    let order = 41
    let title = Localized(nl: "Succes na een jaar", en: "Success after one year")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let latest = request.schoolYear.startYear + 1
        let cohorts = Array(
            try store.alumniCohortsWithKnownStatus().filter { $0 <= latest }.suffix(
                DestinationReportSection.cohortsShown))
        guard let newest = try TransitionSuccess.defaultCohort(upTo: latest, in: store) else {
            return [.paragraph(Message(.transitionReportNoSuccess, String(latest)).text(language))]
        }
        // Counted in the store: per school type and status for the chart, per status for the table (whose row of
        // the newest cohort adds up the chart's counts).
        let newestFigures = try TransitionFigures.school(cohorts: [newest], by: [.schoolType, .status], from: store)
        let others = try TransitionFigures.school(cohorts: cohorts.filter { $0 != newest }, by: [.status], from: store)
        let table = TransitionTables.successByCohort(
            TransitionFigures(source: .school, entries: others.entries + newestFigures.entries), cohorts: cohorts)
        let title = Message(.transitionChartSuccess, String(newest), "schooltype").text(language)
        return [
            .paragraph(Message(.transitionReportSuccess, String(newest)).text(language)),
            .table(table),
            .chart(TransitionTables.successChart(newestFigures, per: .schoolType, title: title, language: language)),
        ]
    }
}
