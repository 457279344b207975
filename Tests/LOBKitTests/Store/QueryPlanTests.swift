import Testing

@testable import LOBKit

/// The main evaluation queries are served by the indexes meant for them, so that a later change to a query or a
/// migration cannot silently bring back a full scan of a table that holds millions of rows at national scale.
struct QueryPlanTests {
    private func plan(_ sql: String, _ arguments: [Value] = []) throws -> [String] {
        let store = try Store.inMemory(modules: BuiltinModules.all)
        return try store.transaction { transaction throws(LOBError) in
            try transaction.queryPlan(sql, arguments)
        }
    }

    @Test func oneSchoolYearsParticipationsAreReadThroughTheDateIndex() throws {
        let query = ParticipationSchema.select(
            ParticipationQuery(
                from: LOBDate(year: 2026, month: 8, day: 1), until: LOBDate(year: 2026, month: 11, day: 29),
                status: .participated))
        let store = try Store.inMemory(modules: BuiltinModules.all)
        let lines = try store.transaction { transaction throws(LOBError) in
            try transaction.queryPlan(query.sql, query.arguments)
        }
        #expect(lines.contains("SEARCH d USING INDEX deelname_datum (datum>? AND datum<?)"))
        #expect(!lines.contains { $0.hasPrefix("SCAN d") })
    }

    @Test func oneCohortOfAlumniIsReadThroughTheCohortIndex() throws {
        let lines = try plan(TransitionSchema.alumniSQL(oneCohort: true), [.integer(2025)])
        #expect(lines.contains { $0.hasPrefix("SEARCH doorstroom_leerling USING INDEX doorstroom_leerling_cohort") })
        #expect(!lines.contains { $0.hasPrefix("SCAN doorstroom_leerling") })
    }
}
