import Foundation
import Testing

@testable import LOBKit

/// `evaluatie export` on the demo school: versioned JSON, the audience, no small numbers.
@MainActor
struct EvaluationExportTests {
    @Test func theDemoSchoolsExportIsVersionedAndHasTheModulesTables() throws {
        let test = try TestSession()
        let export = try AggregateExport.decode(
            Data(try test.output("evaluatie export --voor netwerk").utf8), file: "export")
        #expect(export.audience == .network)
        #expect(export.schools == [AggregateExport.School(brin: "99ZZ", name: "Het Zuiderlicht College")])
        #expect(export.schoolYear.description == "2026-2027")
        #expect(export.made.description == "2026-11-29")
        #expect(export.minimumRespondents == 10)
        #expect(export.tables.map(\.id).contains("deelname.per-groep"))
        #expect(export.tables.map(\.id).contains("gesprek.per-leerjaar"))
        #expect(export.tables.map(\.id).contains("verplichting.per-groep"))
        #expect(export.scan["K1"] == ["in-ontwikkeling": 1])
        for table in export.tables {
            #expect(!table.counts.allNumbers.contains { $0.map(CellSuppression.isSmall) == true }, "\(table.id)")
        }
    }

    @Test func theExpertisepuntGetsNoSchoolName() throws {
        let test = try TestSession()
        let json = try test.output("evaluatie export --voor expertisepunt")
        #expect(json.contains("\"brin\" : \"99ZZ\""))
        #expect(!json.contains("Zuiderlicht"))
    }

    @Test func theAudienceIsRequired() throws {
        let test = try TestSession()
        let result = test.run("evaluatie export")
        #expect(result.error?.kind == .usage)
        #expect(result.error?.message == Message(.evaluationExportNeedsAudience))
    }

    @Test func aMinimumBelowFiveCountsAsFive() throws {
        let test = try TestSession()
        let json = try test.output("evaluatie export --voor netwerk --minimum 2")
        #expect(json.contains("\"minimum_respondenten\" : 5"))
    }
}
