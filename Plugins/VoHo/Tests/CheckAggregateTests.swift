import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct CheckAggregateTests {
    @Test func countsStudentsPerSchoolTypeAndWhereTheyStandAndTheExportCarriesIt() throws {
        let session = try ModuleTestSession(modules: [VoHoModule()])
        let source = try #require(session.session.registry.aggregates.first { $0.id == "vo-ho.studiekeuzecheck" })
        let request = AggregateRequest(schoolYear: try #require(SchoolYear(parsing: "2026-2027")), audience: .network)
        let tables = try session.session.store().transaction { store throws(LOBError) in
            try source.tables(for: request, in: store)
        }
        let table = try #require(tables.first)
        #expect(table.id == "vo-ho.studiekeuzecheck-per-schooltype-2027")
        let counts = table.cells.map { "\($0.row) \($0.column) \($0.count)" }
        #expect(
            counts == [
                "havo niet-aangemeld 23", "havo na-1-mei 0", "havo geen-advies 11", "havo positief 7",
                "havo twijfel 5", "havo negatief 1", "vwo niet-aangemeld 17", "vwo na-1-mei 0", "vwo geen-advies 5",
                "vwo positief 6", "vwo twijfel 1", "vwo negatief 0",
            ])
        let export = session.run("evaluatie export --voor netwerk")
        #expect(export.exitCode == 0)
        #expect(export.output.contains("vo-ho.studiekeuzecheck-per-schooltype-2027"))
    }
}
