import Testing

@testable import LOBKit

@MainActor
struct SuccessReportSectionTests {
    static func blocks(_ school: TransitionTestSchool) throws -> [Document.Block] {
        let request = ReportRequest(
            schoolYear: try #require(SchoolYear(parsing: "2025-2026")), language: .dutch,
            today: try #require(LOBDate(year: 2026, month: 11, day: 29)))
        return try school.read { store throws(LOBError) in try SuccessReportSection().blocks(for: request, in: store) }
    }

    @Test func withoutStatusesTheSectionSaysHowToRecordThem() throws {
        let school = try TransitionTestSchool()
        let blocks = try SuccessReportSectionTests.blocks(school)
        guard case .paragraph(let text)? = blocks.first, blocks.count == 1 else {
            Issue.record("expected one paragraph, got \(blocks)")
            return
        }
        #expect(text.contains("doorstroom registreer NUMMER --cohort JAAR --status"))
    }

    @Test func successPerCohortAndAChartOfTheLatestMostlyKnownCohort() throws {
        let school = try TransitionSuccessTests.school()
        let blocks = try SuccessReportSectionTests.blocks(school)
        let table = try #require(blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }.first)
        #expect(table.columns == ["cohort", "aantal", "doorgegaan", "geswitcht", "uitgevallen", "onbekend"])
        #expect(
            table.rows == [
                [.integer(2025), .integer(6), .text("33%"), .text("33%"), .text("17%"), .text("17%")],
                [.integer(2026), .integer(3), .text("0%"), .text("33%"), .text("0%"), .text("67%")],
            ])
        let chart = try #require(blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }.first)
        #expect(chart.title == "Status een jaar na het examen, cohort 2025, per schooltype")
    }
}
