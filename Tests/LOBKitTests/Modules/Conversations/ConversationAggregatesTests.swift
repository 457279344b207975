import Testing

@testable import LOBKit

/// `gesprek.per-leerjaar`: students with a conversation this school year, per leerjaar.
struct ConversationAggregatesTests {
    @Test func everyStudentIsCountedOnceAndTheYesColumnMatchesTheConversations() throws {
        let tables = try AggregateTestSupport.tables(ConversationAggregates())
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.id == "gesprek.per-leerjaar")
        #expect(table.rowDimension == "leerjaar")
        #expect(Set(table.cells.map(\.row)) == ["1", "2", "3", "4", "5", "6"])
        for (year, students) in [("1", 182), ("2", 182), ("3", 158), ("4", 163), ("5", 73), ("6", 29)] {
            let sum = AggregateTestSupport.count(table, year, "wel") + AggregateTestSupport.count(table, year, "niet")
            #expect(sum == students, "leerjaar \(year)")
        }
        let talked = try AggregateTestSupport.sqlCount(
            "select count(distinct leerling_id) from gesprek where datum between '2026-08-01' and '2027-07-31'")
        #expect(table.cells.filter { $0.column == "wel" }.map(\.count.low).reduce(0, +) == talked)
        #expect(talked > 0)
    }

    @Test func aYearWithoutConversationsHasNone() throws {
        let table = try #require(try AggregateTestSupport.tables(ConversationAggregates(), year: "2019-2020").first)
        #expect(table.cells.filter { $0.column == "wel" }.allSatisfy { $0.count == .zero })
    }
}
