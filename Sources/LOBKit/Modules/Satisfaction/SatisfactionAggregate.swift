/// `tevredenheid.gemiddelde` for `evaluatie export`: the mean per group (school type and leerjaar, as delivered) and
/// item for the school year, with the number of respondents. Groups below the request's minimum are left out
/// altogether, and comments never leave the school.
struct SatisfactionAggregate: AggregateSource {
    let id = "tevredenheid.gemiddelde"

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        let results = try store.satisfactionResults(schoolYear: request.schoolYear)
        guard !results.isEmpty else { return [] }
        struct Key: Hashable {
            var group: SatisfactionGroup
            var item: String
        }
        let pooled = Dictionary(grouping: results) { Key(group: $0.group, item: $0.itemID) }
        let order = SatisfactionItem.ids
        let cells = pooled.compactMap { key, results -> (Key, AggregateCell)? in
            let pool = SatisfactionPool(results)
            guard pool.isReportable(minimum: request.minimumRespondents), let mean = pool.mean else { return nil }
            return (
                key,
                AggregateCell(
                    row: key.group.label(.dutch), column: key.item, count: CountRange(pool.respondents),
                    mean: (mean * 100).rounded() / 100)
            )
        }
        .sorted { left, right in
            left.0.group == right.0.group
                ? (order.firstIndex(of: left.0.item) ?? 0) < (order.firstIndex(of: right.0.item) ?? 0)
                : left.0.group < right.0.group
        }
        .map(\.1)
        return [
            AggregateTable(
                id: id,
                title: Localized(
                    nl: "Gemiddelde tevredenheid (1–5) per groep en item",
                    en: "Mean satisfaction (1–5) per group and item"),
                measure: .mean, rowDimension: "groep", columnDimension: "item", cells: cells)
        ]
    }
}
