/// `doorstroom.bestemming` for `evaluatie export`: graduates per school type (rows) and destination
/// (columns) of the latest cohort that sat the exam by the end of the requested school year.
///
/// The school's own records are used when it has them for a cohort up to then, else DUO's (whose `<5`
/// stays a range). Counts are raw: the export suppresses centrally. No institution names are in it.
struct DestinationAggregate: AggregateSource {
    let id = "doorstroom.bestemming"

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        let limit = request.schoolYear.startYear + 1
        for source in TransitionSource.destinationSources {
            guard let cohort = try TransitionFigures.latestCohort(source, upTo: limit, in: store) else { continue }
            let figures = try TransitionFigures.load(
                source, cohorts: [cohort], by: [.schoolType, .destination], from: store)
            var cells: [String: AggregateCell] = [:]
            for entry in figures.entries {
                let key = entry.schoolType.rawValue + "|" + entry.destination.rawValue
                var cell =
                    cells[key]
                    ?? AggregateCell(row: entry.schoolType.rawValue, column: entry.destination.rawValue, count: .zero)
                cell.count += entry.count
                cells[key] = cell
            }
            let ordered = cells.values.sorted { left, right in
                let leftKey = (SchoolType(rawValue: left.row) ?? .vwo, Destination(rawValue: left.column) ?? .unknown)
                let rightKey = (
                    SchoolType(rawValue: right.row) ?? .vwo, Destination(rawValue: right.column) ?? .unknown
                )
                return leftKey < rightKey
            }
            return [
                AggregateTable(
                    id: "doorstroom.bestemming-per-schooltype-\(cohort)",
                    title: Localized(
                        nl: "Bestemming per schooltype, cohort \(cohort) (bron: \(source.rawValue))",
                        en: "Destination per school type, cohort \(cohort) (source: \(source.rawValue))"),
                    rowDimension: "schooltype", columnDimension: "bestemming", cells: ordered)
            ]
        }
        return []
    }
}
