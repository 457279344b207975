import Testing

@testable import LOBKit

/// `verplichting.per-groep`: who met the inspanningsverplichting, per group with rules.
@MainActor
struct ObligationAggregatesTests {
    @Test func onlyGroupsWithRulesAreCountedAsCheckCountsThem() throws {
        let table = try #require(try AggregateTestSupport.tables(ObligationAggregates()).first)
        #expect(table.id == "verplichting.per-groep")
        #expect(Set(table.cells.map(\.column)) == ["voldaan", "niet-voldaan"])
        let test = try TestSession()
        // verplichting check counts the same students (on the demo school's today, not 31 July).
        let checked = try test.output("verplichting check --schooltype havo --leerjaar 5 | aantal")
        let havo5 =
            AggregateTestSupport.count(table, "havo 5", "voldaan")
            + AggregateTestSupport.count(table, "havo 5", "niet-voldaan")
        #expect("\(havo5)\n" == checked)
        #expect(havo5 > 0)
    }
}
