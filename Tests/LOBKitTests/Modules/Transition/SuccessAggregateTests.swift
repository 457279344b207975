import Testing

@testable import LOBKit

@MainActor
struct SuccessAggregateTests {
    @Test func statusesPerSchoolTypeOfTheLatestMostlyKnownCohort() throws {
        let school = try TransitionSuccessTests.school()
        let request = AggregateRequest(schoolYear: try #require(SchoolYear(parsing: "2026-2027")), audience: .network)
        let tables = try school.read { store throws(LOBError) in
            try SuccessAggregate().tables(for: request, in: store)
        }
        let table = try #require(tables.first)
        #expect(table.id == "doorstroom.succes-per-schooltype-2025")
        #expect(
            table.cells == [
                AggregateCell(row: "havo", column: "doorgegaan", count: CountRange(1)),
                AggregateCell(row: "havo", column: "geswitcht", count: CountRange(2)),
                AggregateCell(row: "havo", column: "uitgevallen", count: CountRange(1)),
                AggregateCell(row: "vwo", column: "doorgegaan", count: CountRange(1)),
                AggregateCell(row: "vwo", column: "onbekend", count: CountRange(1)),
            ])
        let empty = try TransitionTestSchool()
        #expect(
            try empty.read { store throws(LOBError) in try SuccessAggregate().tables(for: request, in: store) }.isEmpty)
    }
}
