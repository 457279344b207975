/// `verplichting.per-groep` in `evaluatie export`: per school type and leerjaar, how many students met the
/// inspanningsverplichting (`voldaan`) and how many did not (`niet-voldaan`), measured as `verplichting
/// check` does on 31 July of the school year. Only groups that have rules are counted.
struct ObligationAggregates: AggregateSource {
    let id = "verplichting"

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        guard let asOf = ObligationSchedule.lastDay(of: request.schoolYear) else { return [] }
        let progress = try ObligationProgress.measure(try store.students(StudentQuery()), asOf: asOf, in: store)
            .filter { !$0.items.isEmpty }
        guard !progress.isEmpty else { return [] }
        let met = Set(progress.filter(\.isMet).map(\.student.number))
        return [
            StudentGroupTally(grouping: .schoolTypeAndYear, columns: ("voldaan", "niet-voldaan")).table(
                id: "verplichting.per-groep",
                title: Localized(
                    nl: "Leerlingen die de inspanningsverplichting haalden", en: "Students who met their obligations"),
                students: progress.map(\.student), isYes: { met.contains($0.number) })
        ]
    }
}
