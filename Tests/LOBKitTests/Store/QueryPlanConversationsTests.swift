import Testing

@testable import LOBKit

/// `gesprek zonder` and the conversation indicators, report section and aggregates count through the indexes
/// meant for them: at national scale `gesprek` holds about two million rows.
struct QueryPlanConversationsTests {
    private func plan(_ sql: String, _ arguments: [Value] = []) throws -> [String] {
        let store = try Store.inMemory(modules: BuiltinModules.all)
        return try store.transaction { transaction throws(LOBError) in
            try transaction.queryPlan(sql, arguments)
        }
    }

    private let year: [Value] = [.text("2026-08-01"), .text("2027-07-31")]

    @Test func studentsWithoutAConversationAreFoundBySearchesOfTheCoveringIndex() throws {
        for (year, className) in [(false, false), (true, true)] {
            var arguments: [Value] = [.text("2026-09-01")]
            if year { arguments.append(.integer(3)) }
            if className { arguments.append(.text("H3A")) }
            let lines = try plan(ConversationSchema.withoutSQL(year: year, className: className), arguments)
            // Per student one search for a conversation since the date and one for the last date; never a scan.
            #expect(
                lines.contains {
                    $0.hasSuffix("SEARCH g USING COVERING INDEX gesprek_leerling (leerling_id=? AND datum>?)")
                },
                "\(lines)")
            #expect(
                lines.contains { $0.hasSuffix("SEARCH g USING COVERING INDEX gesprek_leerling (leerling_id=?)") },
                "\(lines)")
            #expect(!lines.contains { $0.contains("SCAN g") }, "\(lines)")
            // Sorted in Swift by ranks: SQLite sorts nothing.
            #expect(!lines.contains { $0.contains("TEMP B-TREE") }, "\(lines)")
        }
    }

    @Test func theYearsConversationsAreCountedFromTheDateIndex() throws {
        #expect(
            try plan(ConversationSchema.heldSQL, year) == [
                "SEARCH gesprek USING COVERING INDEX gesprek_datum (datum>? AND datum<?)"
            ])
        #expect(
            try plan(ConversationSchema.anySQL, year).contains(
                "SEARCH gesprek USING COVERING INDEX gesprek_datum (datum>? AND datum<?)"))
    }

    @Test func theYearsAfsprakenAreCountedFromIndexesAlone() throws {
        #expect(
            try plan(ConversationSchema.agreementCountsSQL, [.text("2026-11-29")] + year) == [
                "SEARCH a USING COVERING INDEX gesprek_afspraak_stand (gesprek_id=?)", "LIST SUBQUERY 1",
                "SEARCH gesprek USING COVERING INDEX gesprek_datum (datum>? AND datum<?)",
            ])
    }

    @Test func whetherAStudentHadAConversationIsOneSearchOfTheCoveringIndex() throws {
        let lines = try plan(ConversationSchema.coverageSQL, year)
        #expect(
            lines.contains {
                $0.contains("SEARCH g USING COVERING INDEX gesprek_leerling (leerling_id=? AND datum>? AND datum<?)")
            },
            "\(lines)")
        #expect(lines.contains("SCAN l USING COVERING INDEX leerling_leerjaar"), "\(lines)")
        #expect(!lines.contains { $0.contains("TEMP B-TREE") }, "\(lines)")
    }
}
