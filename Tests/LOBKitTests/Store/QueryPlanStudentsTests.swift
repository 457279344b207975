import Testing

@testable import LOBKit

/// `Jans<Tab>` and `104<Tab>` find their students through an index and stop at the limit: at national scale
/// `leerling` holds 950,000 rows.
struct QueryPlanStudentsTests {
    @Test func completionSearchesARangeOfAnIndexInItsOrder() throws {
        let store = try Store.inMemory(modules: BuiltinModules.all)
        let expected = [
            "leerlingnummer":
                "SEARCH leerling USING INDEX sqlite_autoindex_leerling_1 (leerlingnummer>? AND leerlingnummer<?)",
            "zoeknaam": "SEARCH leerling USING INDEX leerling_zoeknaam (zoeknaam>? AND zoeknaam<?)",
            "zoekachternaam":
                "SEARCH leerling USING INDEX leerling_zoekachternaam (zoekachternaam>? AND zoekachternaam<?)",
        ]
        #expect(Set(expected.keys) == Set(StudentSchema.searchColumns))
        for column in StudentSchema.searchColumns {
            let lines = try store.transaction { transaction throws(LOBError) in
                try transaction.queryPlan(
                    StudentSchema.startingSQL(column),
                    [.text("jans"), .text(SearchKey.upperBound(of: "jans")), .integer(50)])
            }
            #expect(lines == [expected[column] ?? ""], "\(column): \(lines)")
        }
    }
}
