import Testing

@testable import LOBKit

/// `deelname.per-groep`: students with at least one participation, per school type and leerjaar.
struct ParticipationAggregatesTests {
    @Test func theGroupsAddUpToTheRosterAndTheParticipants() throws {
        let table = try #require(try AggregateTestSupport.tables(ParticipationAggregates()).first)
        #expect(table.id == "deelname.per-groep")
        #expect(table.rowDimension == "schooltype-leerjaar")
        #expect(table.cells.first?.row == "vmbo-bb 1")
        #expect(table.cells.map(\.count.low).reduce(0, +) == 787)
        let havo4 =
            AggregateTestSupport.count(table, "havo 4", "wel") + AggregateTestSupport.count(table, "havo 4", "niet")
        #expect(
            havo4
                == (try AggregateTestSupport.sqlCount(
                    "select count(*) from leerling where schooltype = 'havo' and leerjaar = 4")))
        let participants = try AggregateTestSupport.sqlCount(
            "select count(distinct leerling_id) from deelname where status = 'deelgenomen' and datum between '2026-08-01' and '2027-07-31'"
        )
        #expect(table.cells.filter { $0.column == "wel" }.map(\.count.low).reduce(0, +) == participants)
    }
}
