import Testing

@testable import LOBKit

struct SatisfactionAggregateTests {
    private func cells(minimum: Int) throws -> [AggregateCell] {
        let store = try SatisfactionFixture.store()
        let tables = try store.transaction { transaction throws(LOBError) in
            try SatisfactionAggregate().tables(
                for: AggregateRequest(
                    schoolYear: SatisfactionFixture.current, audience: .network, minimumRespondents: minimum),
                in: transaction)
        }
        #expect(tables.map(\.id) == ["tevredenheid.gemiddelde"])
        #expect(tables.first?.measure == .mean)
        #expect(tables.first?.rowDimension == "groep")
        #expect(tables.first?.columnDimension == "item")
        return tables.first?.cells ?? []
    }

    @Test func groupsBelowTheMinimumAreLeftOutAltogether() throws {
        #expect(
            try cells(minimum: 10) == [
                AggregateCell(row: "havo 4", column: "LOB01", count: CountRange(25), mean: 3.6),
                AggregateCell(row: "havo 4", column: "LOB05", count: CountRange(12), mean: 4),
                AggregateCell(row: "vwo 5", column: "ALG01", count: CountRange(30), mean: 4.2),
            ])
    }

    @Test func aLowerMinimumLetsTheSmallGroupIn() throws {
        #expect(
            try cells(minimum: 5).map { "\($0.row) \($0.column) \($0.count)" } == [
                "havo 4 LOB01 25", "havo 4 LOB05 12", "vwo 5 LOB05 6", "vwo 5 ALG01 30",
            ])
    }

    @Test func aYearWithoutResultsGivesNoTable() throws {
        let store = try SatisfactionFixture.store(withData: false)
        let tables = try store.transaction { transaction throws(LOBError) in
            try SatisfactionAggregate().tables(
                for: AggregateRequest(schoolYear: SatisfactionFixture.current, audience: .expertisepunt),
                in: transaction)
        }
        #expect(tables.isEmpty)
    }
}
