/// `gesprek.per-leerjaar` in `evaluatie export`: students with at least one conversation in the school year,
/// per leerjaar, `wel` or `niet`. Counts only: nothing of what was said.
struct ConversationAggregates: AggregateSource {
    let id = "gesprek"

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        let (from, until) = ConversationIndicators.period(of: request.schoolYear)
        // Counted in SQL per school type and leerjaar, in that order, as `StudentGroupTally` orders students.
        let groups = try store.conversationCoverage(from: from, until: until).groups
        guard !groups.isEmpty else { return [] }
        var rows: [String] = []
        var counts: [String: (yes: Int, no: Int)] = [:]
        for group in groups {
            let label = String(group.year)
            if counts[label] == nil { rows.append(label) }
            counts[label, default: (0, 0)].yes += group.withConversation
            counts[label, default: (0, 0)].no += group.students - group.withConversation
        }
        let cells = rows.flatMap { row in
            [
                AggregateCell(row: row, column: "wel", count: CountRange(counts[row]?.yes ?? 0)),
                AggregateCell(row: row, column: "niet", count: CountRange(counts[row]?.no ?? 0)),
            ]
        }
        return [
            AggregateTable(
                id: "gesprek.per-leerjaar",
                title: Localized(
                    nl: "Leerlingen met minstens één loopbaangesprek in het schooljaar",
                    en: "Students with at least one career conversation in the school year"),
                rowDimension: StudentGroupTally.Grouping.year.dimension, columnDimension: "wel-niet", cells: cells)
        ]
    }
}
