/// `deelname.per-groep` in `evaluatie export`: students with at least one participation (status
/// `deelgenomen`) in the school year, per school type and leerjaar, `wel` or `niet`.
struct ParticipationAggregates: AggregateSource {
    let id = "deelname"

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        let year = request.schoolYear
        guard let first = ObligationSchedule.firstDay(of: year), let last = ObligationSchedule.lastDay(of: year) else {
            return []
        }
        let counts = try store.participants(from: first, until: last, bySchoolType: true)
        guard !counts.isEmpty else { return [] }
        return [
            StudentGroupTally(grouping: .schoolTypeAndYear, columns: ("wel", "niet")).table(
                id: "deelname.per-groep",
                title: Localized(
                    nl: "Leerlingen met minstens één LOB-activiteit in het schooljaar",
                    en: "Students with at least one LOB activity in the school year"),
                counts: counts.map { count in
                    (
                        "\(count.schoolType?.rawValue ?? "") \(count.year)", count.participants,
                        count.students - count.participants
                    )
                })
        ]
    }
}
