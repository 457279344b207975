/// `gesprek.per-leerjaar` in `evaluatie export`: students with at least one conversation in the school year,
/// per leerjaar, `wel` or `niet`. Counts only: nothing of what was said.
struct ConversationAggregates: AggregateSource {
    let id = "gesprek"

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        let year = request.schoolYear
        let conversations = try store.conversations(
            ConversationQuery(from: ObligationSchedule.firstDay(of: year), until: ObligationSchedule.lastDay(of: year)))
        let talked = Set(conversations.map(\.studentNumber))
        let students = try store.students(StudentQuery())
        guard !students.isEmpty else { return [] }
        return [
            StudentGroupTally(grouping: .year, columns: ("wel", "niet")).table(
                id: "gesprek.per-leerjaar",
                title: Localized(
                    nl: "Leerlingen met minstens één loopbaangesprek in het schooljaar",
                    en: "Students with at least one career conversation in the school year"),
                students: students, isYes: { talked.contains($0.number) })
        ]
    }
}
