/// `doorstroom.succes` for `evaluatie export`: alumni per school type (rows) and status one year later
/// (columns) of the latest cohort with the status of at least half known by the end of the requested school year.
///
/// Only the school's own records have a status. Counts are raw: the export suppresses centrally.
struct SuccessAggregate: AggregateSource {
    let id = "doorstroom.succes"

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        let limit = request.schoolYear.startYear + 1
        guard let cohort = try TransitionSuccess.defaultCohort(upTo: limit, in: store) else { return [] }
        var counts: [SchoolType: [FollowUpStatus: Int]] = [:]
        for entry in try store.alumniCounts(cohort: cohort, by: [.schoolType, .status]) {
            guard let status = entry.status else { continue }
            counts[entry.schoolType, default: [:]][status, default: 0] += entry.count.low
        }
        var cells: [AggregateCell] = []
        for type in counts.keys.sorted() {
            for status in FollowUpStatus.allCases {
                guard let count = counts[type]?[status] else { continue }
                cells.append(AggregateCell(row: type.rawValue, column: status.rawValue, count: CountRange(count)))
            }
        }
        return [
            AggregateTable(
                id: "doorstroom.succes-per-schooltype-\(cohort)",
                title: Localized(
                    nl: "Status een jaar na het examen per schooltype, cohort \(cohort)",
                    en: "Status one year after the exam per school type, cohort \(cohort)"),
                rowDimension: "schooltype", columnDimension: "status", cells: cells)
        ]
    }
}
