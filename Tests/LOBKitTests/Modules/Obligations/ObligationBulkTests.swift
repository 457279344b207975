import Testing

@testable import LOBKit

/// `verplichting check`, the indicator, the export and the report count the rules in SQL for many students at
/// once; `ObligationProgress` measures one student in Swift from their participations. On the demo school,
/// on several peildata, both must say the same of every student, and the check must list them in the order
/// its comparator of texts gives.
@MainActor
struct ObligationBulkTests {
    nonisolated static let peildata = ["2026-08-01", "2026-09-15", "2026-11-29", "2027-03-01", "2027-07-31"]

    /// What `ObligationProgress` says per student on `asOf`, with the order `verplichting check` promises.
    private func expected(_ test: TestSession, on asOf: LOBDate) throws -> [ObligationProgress] {
        let progress = try test.session.store().transaction { store throws(LOBError) in
            try ObligationProgress.measure(try store.students(StudentQuery()), asOf: asOf, in: store)
        }
        return progress.sorted { left, right in
            if left.isOnTrack != right.isOnTrack { return !left.isOnTrack }
            if left.isMet != right.isMet { return !left.isMet }
            if left.openCount != right.openCount { return left.openCount > right.openCount }
            let (a, b) = (left.student, right.student)
            for (x, y) in [
                (a.className, b.className), (a.surname, b.surname), (a.givenName, b.givenName), (a.number, b.number),
            ] {
                let order = Value.compareText(x, y)
                if order != .orderedSame { return order == .orderedAscending }
            }
            return false
        }
    }

    @Test(arguments: peildata)
    func theCheckSaysWhatEachStudentsOwnProgressSaysInTheComparatorsOrder(_ date: String) throws {
        let test = try TestSession()
        let asOf = try #require(LOBDate(parsing: date))
        let expected = try expected(test, on: asOf).map { progress in
            let student = progress.student
            return [
                student.number, student.fullName, student.className, student.schoolType.rawValue, String(student.year),
                progress.isMet ? "ja" : "nee", progress.isOnTrack ? "ja" : "nee", progress.openSummary,
            ].joined(separator: "\t")
        }
        let output = try test.output("verplichting check --peildatum \(date) | naar tsv")
        let rows = output.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().filter { !$0.isEmpty }
        #expect(expected.count > 100)
        #expect(rows.map(String.init) == expected)
    }

    @Test(arguments: peildata)
    func theTalliesCountWhatEachStudentsOwnProgressSays(_ date: String) throws {
        let test = try TestSession()
        let asOf = try #require(LOBDate(parsing: date))
        let progress = try expected(test, on: asOf)
        let tallies = try test.session.store().transaction { store throws(LOBError) in
            (
                met: try store.obligationTallies(try store.obligationRules(), asOf: asOf, met: true),
                onTrackOnly: try store.obligationTallies(try store.obligationRules(), asOf: asOf, met: false)
            )
        }
        let groups = Dictionary(grouping: progress) { ObligationGroup($0.student) }
        for tally in tallies.met {
            let members = groups[tally.group] ?? []
            #expect(tally.students == members.count, "\(tally.group.name)")
            #expect(tally.met == members.filter(\.isMet).count, "\(tally.group.name)")
            #expect(tally.onTrack == members.filter(\.isOnTrack).count, "\(tally.group.name)")
        }
        #expect(tallies.onTrackOnly.map(\.onTrack) == tallies.met.map(\.onTrack))
        #expect(tallies.onTrackOnly.map(\.students) == tallies.met.map(\.students))
        #expect(Set(tallies.met.filter { $0.students > 0 }.map(\.group)) == Set(groups.keys))
        #expect(progress.count > 100)
        if date >= "2026-11-29" { #expect(progress.contains(where: \.isMet) && progress.contains { !$0.isMet }) }
    }

    @Test func aClassIsMatchedWhateverItsCaseAndOnlyItsStudentsAreListed() throws {
        let test = try TestSession()
        let all = try test.output("verplichting check | waar klas = H5A | kolommen leerlingnummer | naar csv")
        let lower = try test.output("verplichting check --klas h5a | kolommen leerlingnummer | naar csv")
        #expect(all == lower)
        #expect(all.split(separator: "\n").count > 2)
    }
}
