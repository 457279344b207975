import Testing

@testable import LOBKit

/// The doorstroom queries count one cohort through the cohort index and find the cohorts by seeking in it, so that
/// a national file's million records are never all read for one cohort's figures.
struct QueryPlanTransitionTests {
    private func plan(_ sql: String, _ arguments: [Value] = []) throws -> [String] {
        let store = try Store.inMemory(modules: BuiltinModules.all)
        return try store.transaction { transaction throws(LOBError) in
            try transaction.queryPlan(sql, arguments)
        }
    }

    @Test(arguments: [[], [AlumniColumn.destination], [.schoolType, .status], AlumniColumn.allCases])
    func oneCohortIsCountedThroughTheCohortIndex(columns: [AlumniColumn]) throws {
        let lines = try plan(TransitionSchema.alumniCountSQL(by: columns), [.integer(2025)])
        // A covering index when only counting.
        #expect(
            lines.contains {
                $0.hasPrefix("SEARCH doorstroom_leerling USING")
                    && $0.hasSuffix("doorstroom_leerling_cohort (cohort=?)")
            })
        #expect(!lines.contains { $0.hasPrefix("SCAN doorstroom_leerling") })
    }

    @Test func theCohortsAreFoundBySeekingInTheCohortIndex() throws {
        let lines = try plan(TransitionSchema.alumniCohortsSQL)
        #expect(
            lines.contains {
                $0.hasPrefix("SEARCH doorstroom_leerling USING COVERING INDEX doorstroom_leerling_cohort (cohort>?)")
            })
        #expect(!lines.contains { $0.hasPrefix("SCAN doorstroom_leerling") })
    }
}
