import GRDB
import Testing

@testable import LOBKit

/// The queries that count the inspanningsverplichting, the programme's participation and the career document
/// for every student read each student's participations through an index (no scan of `deelname`, which holds
/// millions of rows at national scale): this year's counting ones only the covering index `deelname_leerling`,
/// the reflections the partial index `deelname_reflectie`.
struct QueryPlanObligationsTests {
    private func plan(
        _ sql: String, _ named: [String: (any DatabaseValueConvertible)?], _ positional: [String] = []
    ) throws -> [String] {
        let store = try Store.inMemory(modules: BuiltinModules.all)
        let arguments = positional.isEmpty ? StatementArguments(named) : StatementArguments(positional)
        return try store.transaction { transaction throws(LOBError) in
            try transaction.queryPlan(sql, arguments)
        }
    }

    private static let asOf = LOBDate(year: 2026, month: 11, day: 29) ?? LOBDate.today()

    /// A group with a rule of every form.
    private static let rules = ObligationGroupRules(
        group: ObligationGroup(schoolType: .havo, year: 5),
        rules: [
            ObligationRule(id: 1, schoolType: .havo, year: 5, requirement: .kind(.openDay, minimum: 2)),
            ObligationRule(id: 2, schoolType: .havo, year: 5, requirement: .activities(["OUDL-5H", "PROEF-5H"])),
            ObligationRule(id: 3, schoolType: .havo, year: 5, requirement: .competency(.networking, minimum: 1)),
        ])

    private func expectNoScanOfParticipations(_ lines: [String]) {
        #expect(
            !lines.contains { $0.hasPrefix("SCAN d ") || $0 == "SCAN d" || $0.hasPrefix("SCAN deelname") }, "\(lines)")
    }

    @Test func theCheckReadsTheGroupThroughItsIndexAndCountsFromTheCoveringIndex() throws {
        let query = ObligationSchema.standingsSQL(Self.rules, className: false)
        let lines = try plan(
            query.sql,
            ObligationSchema.groupArguments(Self.rules.group, asOf: Self.asOf).merging(query.arguments) { $1 })
        #expect(lines.contains { $0.hasPrefix("SEARCH l USING INDEX leerling_leerjaar (leerjaar=? AND schooltype=?)") })
        // Two counts and one EXISTS per specific activity, each only in the covering index.
        #expect(
            lines.filter {
                $0 == "SEARCH d USING COVERING INDEX deelname_leerling (leerling_id=? AND datum>? AND datum<?)"
            }
            .count == 4, "\(lines)")
        expectNoScanOfParticipations(lines)
    }

    @Test func theTalliesCountFromTheCoveringIndex() throws {
        let query = ObligationSchema.tallySQL(Self.rules, asOf: Self.asOf, met: true)
        let lines = try plan(
            query.sql,
            ObligationSchema.groupArguments(Self.rules.group, asOf: Self.asOf).merging(query.arguments) { $1 })
        #expect(
            lines.contains {
                $0.hasPrefix("SEARCH l USING COVERING INDEX leerling_leerjaar (leerjaar=? AND schooltype=?)")
            })
        #expect(
            lines.filter {
                $0 == "SEARCH d USING COVERING INDEX deelname_leerling (leerling_id=? AND datum>? AND datum<?)"
            }
            .count == 3, "\(lines)")
        expectNoScanOfParticipations(lines)
    }

    @Test func whoTookPartInTheYearComesFromTheCoveringIndex() throws {
        for bySchoolType in [false, true] {
            let lines = try plan(
                ParticipationSchema.participantsSQL(bySchoolType: bySchoolType),
                ["van": "2026-08-01", "tot": "2027-07-31"])
            #expect(
                lines.contains(
                    "SEARCH d USING COVERING INDEX deelname_leerling (leerling_id=? AND datum>? AND datum<?)"))
            expectNoScanOfParticipations(lines)
        }
    }

    @Test func reflectionsAndItemsAreFoundThroughTheirIndexes() throws {
        let lines = try plan(CareerDocumentSchema.tallySQL, ["tot": "2027-07-31"])
        #expect(lines.contains("SEARCH d USING INDEX deelname_reflectie (leerling_id=? AND datum<?)"), "\(lines)")
        #expect(lines.contains("SEARCH i USING COVERING INDEX dossier_item_leerling (leerling_id=? AND datum<?)"))
        expectNoScanOfParticipations(lines)
        let anything = try plan(CareerDocumentSchema.anythingSQL, ["tot": "2027-07-31"])
        #expect(anything.contains("SEARCH deelname USING COVERING INDEX deelname_datum (datum<?)"), "\(anything)")
        expectNoScanOfParticipations(anything)
    }

    @Test func theShareableReflectionsComeFromTheirPartialIndex() throws {
        let lines = try plan(ParticipationSchema.shareableSQL, [:], ["2026-08-01", "2027-07-31"])
        #expect(lines.contains("SEARCH d USING INDEX deelname_deelbaar (datum>? AND datum<?)"), "\(lines)")
        expectNoScanOfParticipations(lines)
    }
}
