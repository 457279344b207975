import LOBKit

/// The handover in `evaluatie rapport`: where the final-year vmbo students' applications stand, per status and
/// per institution, with the on-time share and how many consented to the doorstroomdossier. Counts only.
struct HandoverReportSection: ReportSection {
    let id = "vmbo-mbo.overdracht"
    let order = 100
    let title = Localized(nl: "Warme overdracht vmbo-mbo", en: "Warm handover vmbo-mbo")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        // The students counted in the store; only those with an application or a consent read, in list order.
        guard try store.hasApplications() else { return [.paragraph(HandoverText.reportNoData.text(language))] }
        let count = try store.handoverStudentCount()
        guard count > 0 else { return [.paragraph(HandoverText.reportNoData.text(language))] }
        let students = try store.handoverStudents(recordedOnly: true)
        let deadline = try AdmissionDeadline(request.schoolYear)
        let onTime = HandoverIndicator.onTime(students, deadline: deadline)
        let consented = students.filter(\.mayBeShared).count
        var blocks: [Document.Block] = [
            .paragraph(
                HandoverText.fill(
                    HandoverText.reportSummary,
                    [
                        String(count), String(onTime), deadline.written(language), String(onTime * 100 / count),
                        String(consented),
                    ], language))
        ]
        // A student not read has no application: not applied.
        let withStatus = students.filter { $0.status != .notApplied }.count
        let statusRows = ApplicationStatus.allCases.map { status -> [Value] in
            let students = status == .notApplied ? count - withStatus : students.filter { $0.status == status }.count
            return [.text(status.rawValue), .integer(students)]
        }
        blocks.append(.table(Table(columns: ["status", "leerlingen"], rows: statusRows)))

        var institutions: [String] = []
        for case let application? in students.map(\.application) where application.status.hasApplied {
            if !institutions.contains(where: { HandoverLookup.sameInstitution($0, application.institution) }) {
                institutions.append(application.institution)
            }
        }
        let rows = institutions.sorted().map { institution -> [Value] in
            let there = students.compactMap(\.application).filter {
                HandoverLookup.sameInstitution($0.institution, institution)
            }
            return [.text(institution)]
                + [ApplicationStatus.applied, .placed, .rejected].map { status in
                    .integer(there.filter { $0.status == status }.count)
                }
        }
        if !rows.isEmpty {
            blocks.append(.table(Table(columns: ["instelling", "aangemeld", "geplaatst", "afgewezen"], rows: rows)))
        }
        return blocks
    }
}
