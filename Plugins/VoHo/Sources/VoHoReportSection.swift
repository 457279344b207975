import LOBKit

/// The VO-HO network in `evaluatie rapport`: how many final-year havo and vwo students registered by 1 May, the
/// advice of their studiekeuzecheck and its follow-up, and the first-year results of the latest cohort per hbo and
/// wo, with small counts hidden (the report is shared with the MR).
struct VoHoReportSection: ReportSection {
    let id = "vo-ho.studiekeuze"
    let order = 110
    let title = Localized(nl: "Studiekeuze en hoger onderwijs (VO-HO)", en: "Study choice and higher education (VO-HO)")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        var blocks: [Document.Block] = []
        // Counted in the store; only the students with a registration read, as only they count below.
        let count = try store.hasRegistrations() ? store.finalYearStudentCount() : 0
        if count > 0 {
            let students = try store.finalYearStudents(registeredOnly: true)
            let deadline = try RegistrationDeadline(request.schoolYear)
            let onTime = RegistrationIndicator.onTime(students, deadline: deadline)
            let registrations = students.compactMap(\.registration)
            let advised = Advice.allCases.map { advice in registrations.filter { $0.advice == advice }.count }
            let concerned = students.filter { $0.registration?.advice?.needsFollowUp == true }
            blocks.append(
                .paragraph(
                    VoHoText.fill(
                        VoHoText.reportSummary,
                        [
                            String(count), String(onTime), deadline.written(language), String(onTime * 100 / count),
                            String(registrations.filter { $0.checkDate != nil }.count),
                        ] + advised.map(String.init)
                            + [String(concerned.count), String(concerned.filter { $0.followUp != nil }.count)],
                        language)))
        } else {
            blocks.append(.paragraph(VoHoText.reportNoRegistrations.text(language)))
        }
        let results = try store.firstYearResults()
        guard let cohort = results.map(\.cohort).filter({ $0 <= request.schoolYear.startYear }).max() else {
            blocks.append(.paragraph(VoHoText.reportNoResults.text(language)))
            return blocks
        }
        blocks.append(.paragraph(VoHoText.fill(VoHoText.reportResults, [String(cohort)], language)))
        blocks.append(.table(Self.suppressedTable(results.filter { $0.cohort == cohort })))
        return blocks
    }

    /// Per hbo and wo: started (the row total) and each status, with small counts and what would give them away
    /// hidden as `*`.
    static func suppressedTable(_ results: [FirstYearResult]) -> Table {
        let kinds = HigherKind.allCases.filter { kind in results.contains { $0.kind == kind } }
        let totals = kinds.map { kind in FirstYearTotals(results.filter { $0.kind == kind }) }
        let all = FirstYearTotals(results)
        let grid = CellSuppression.apply(
            CountGrid(
                cells: totals.map { $0.statusParts.map(Optional.some) }, rowTotals: totals.map(\.started),
                columnTotals: all.statusParts.map(Optional.some), grandTotal: all.started))
        func cell(_ count: CountRange?) -> Value { count.map(\.value) ?? .text("*") }
        var rows = zip(kinds, zip(grid.rowTotals, grid.cells)).map { kind, row -> [Value] in
            [.text(kind.rawValue), cell(row.0)] + row.1.map(cell)
        }
        rows.append([.text("totaal"), cell(grid.grandTotal)] + grid.columnTotals.map(cell))
        return Table(
            columns: ["soort", "gestart", "doorgegaan", "geswitcht", "uitgevallen", "onbekend"], rows: rows)
    }
}
