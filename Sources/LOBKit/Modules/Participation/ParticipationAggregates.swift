/// `deelname.per-groep` in `evaluatie export`: students with at least one participation (status
/// `deelgenomen`) in the school year, per school type and leerjaar, `wel` or `niet`.
struct ParticipationAggregates: AggregateSource {
    let id = "deelname"

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        let year = request.schoolYear
        let participations = try store.participations(
            ParticipationQuery(
                from: ObligationSchedule.firstDay(of: year), until: ObligationSchedule.lastDay(of: year),
                status: .participated))
        let participants = Set(participations.map(\.studentNumber))
        let students = try store.students(StudentQuery())
        guard !students.isEmpty else { return [] }
        return [
            StudentGroupTally(grouping: .schoolTypeAndYear, columns: ("wel", "niet")).table(
                id: "deelname.per-groep",
                title: Localized(
                    nl: "Leerlingen met minstens één LOB-activiteit in het schooljaar",
                    en: "Students with at least one LOB activity in the school year"),
                students: students, isYes: { participants.contains($0.number) })
        ]
    }
}
