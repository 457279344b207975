import Testing

@testable import LOBKit

@MainActor
struct DestinationAggregateTests {
    @Test func destinationsPerSchoolTypeOfTheLatestCohortUpToTheSchoolYear() throws {
        let school = try TransitionTestSchool()
        try school.test.output(
            "doorstroom importeer \(TransitionTestSchool.duoFixture.path) --formaat duo --brin 99ZZ")
        let request = AggregateRequest(
            schoolYear: try #require(SchoolYear(parsing: "2024-2025")), audience: .expertisepunt)
        let tables = try school.read { store throws(LOBError) in
            try DestinationAggregate().tables(for: request, in: store)
        }
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.id == "doorstroom.bestemming-per-schooltype-2025")
        #expect(table.rowDimension == "schooltype" && table.columnDimension == "bestemming")
        #expect(CountRange.sum(table.cells.map(\.count)) == CountRange(low: 129, high: 138))
        #expect(table.cells.first == AggregateCell(row: "vmbo-bb", column: "mbo-2", count: CountRange(15)))
        #expect(table.cells.contains(AggregateCell(row: "havo", column: "vwo", count: .censoredSmall)))
    }
}
