/// `verplichting.per-groep` in `evaluatie export`: per school type and leerjaar, how many students met the
/// inspanningsverplichting (`voldaan`) and how many did not (`niet-voldaan`), measured as `verplichting
/// check` does on 31 July of the school year. Only groups that have rules are counted.
struct ObligationAggregates: AggregateSource {
    let id = "verplichting"

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        guard let asOf = ObligationSchedule.lastDay(of: request.schoolYear) else { return [] }
        let tallies = try store.obligationTallies(try store.obligationRules(), asOf: asOf, met: true)
            .filter { $0.students > 0 }
        guard !tallies.isEmpty else { return [] }
        return [
            StudentGroupTally(grouping: .schoolTypeAndYear, columns: ("voldaan", "niet-voldaan")).table(
                id: "verplichting.per-groep",
                title: Localized(
                    nl: "Leerlingen die de inspanningsverplichting haalden", en: "Students who met their obligations"),
                counts: tallies.map { ($0.group.name, $0.met, $0.students - $0.met) })
        ]
    }
}
