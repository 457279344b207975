import Testing

@testable import LOBKit

@MainActor
struct DestinationReportSectionTests {
    static func blocks(_ school: TransitionTestSchool, year: Int = 2025) throws -> [Document.Block] {
        let request = ReportRequest(
            schoolYear: try #require(SchoolYear(parsing: "\(year)-\(year + 1)")), language: .dutch,
            today: try #require(LOBDate(year: 2026, month: 11, day: 29)))
        return try school.read { store throws(LOBError) in
            try DestinationReportSection().blocks(for: request, in: store)
        }
    }

    static func tables(_ blocks: [Document.Block]) -> [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    @Test func withoutDataTheSectionSaysSoAndNamesTheCommand() throws {
        let school = try TransitionTestSchool()
        let blocks = try DestinationReportSectionTests.blocks(school)
        guard case .paragraph(let text)? = blocks.first, blocks.count == 1 else {
            Issue.record("expected one paragraph, got \(blocks)")
            return
        }
        #expect(text == Message(.transitionReportNoData, "2026").text(.dutch))
        #expect(text.contains("doorstroom importeer"))
    }

    @Test func censoredDUOTotalsShowAsRangesInTheReport() throws {
        let school = try TransitionTestSchool()
        try school.test.output(
            "doorstroom importeer \(TransitionTestSchool.duoFixture.path) --formaat duo --brin 99ZZ")
        let blocks = try DestinationReportSectionTests.blocks(school)
        let table = try #require(DestinationReportSectionTests.tables(blocks).first)
        #expect(table.columns == ["bestemming", "2024", "2025", "2026"])
        #expect(table.rows.last == [.text("totaal"), .text("115–127"), .text("129–138"), .text("118–130")])
        #expect(table.rows.first == [.text("mbo-1"), .text("1–4 (1–3%)"), .text("–"), .text("1–4 (1–3%)")])
        let charts = blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
        #expect(charts.first?.title == "Doorstroom cohort 2026 per bestemming (bron: duo)")
        // The school year 2024-2025 ends with cohort 2025's exam: 2026 is not in its report.
        let earlier = try #require(
            DestinationReportSectionTests.tables(try DestinationReportSectionTests.blocks(school, year: 2024)).first)
        #expect(earlier.columns == ["bestemming", "2024", "2025"])
    }

    @Test func theDemoReportsOwnRecordsAndDUOs() throws {
        let school = try TransitionTestSchool(demo: true)
        let tables = DestinationReportSectionTests.tables(try DestinationReportSectionTests.blocks(school))
        #expect(tables.count == 2)
        let own = try #require(tables.first)
        let duo = try #require(tables.last)
        let ownTotal = try #require(own.rows.last)
        let duoTotal = try #require(duo.rows.last)
        #expect(ownTotal.allSatisfy { $0.isNumber || $0 == .text("totaal") })
        #expect(duoTotal.dropFirst().allSatisfy { $0.plainText.contains("–") })
    }
}
