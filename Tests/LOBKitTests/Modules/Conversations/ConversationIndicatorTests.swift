import Foundation
import Testing

@testable import LOBKit

@MainActor
struct ConversationIndicatorTests {
    func measure(_ indicator: any Indicator, _ test: TestSession, _ year: Int) throws -> IndicatorValue {
        try test.session.store().transaction { transaction throws(LOBError) in
            try indicator.measure(in: transaction, schoolYear: SchoolYear(validStartYear: year))
        }
    }

    @Test func bothIndicatorsAreRegisteredForA3() throws {
        let registry = try CommandRegistry(modules: BuiltinModules.all)
        let ids = registry.modules.flatMap(\.indicators).filter { $0.norms.contains("A3") }.map(\.id)
        #expect(ids.contains("gesprek.met-gesprek"))
        #expect(ids.contains("gesprek.afspraken"))
    }

    @Test func withoutConversationsThereIsNoData() throws {
        let test = try TestSession()
        #expect(try measure(ConversationCoverageIndicator(), test, 2025) == .noData)
        #expect(try measure(ConversationAgreementIndicator(), test, 2025) == .noData)
        let empty = try TestSession(demo: false)
        #expect(try measure(ConversationCoverageIndicator(), empty, 2026) == .noData)
    }

    @Test func theShareIsSaidPerLeerjaar() throws {
        let test = try TestSession()
        let value = try measure(ConversationCoverageIndicator(), test, 2026)
        guard case .value(let text, let inOrder) = value else {
            Issue.record("no value")
            return
        }
        let students = try test.session.store().transaction { transaction throws(LOBError) in
            try transaction.students(StudentQuery())
        }
        let talked = Set(
            try test.session.store().transaction { transaction throws(LOBError) in try transaction.conversations() }
                .map(\.studentNumber))
        let share = Int(
            (Double(students.filter { talked.contains($0.number) }.count) * 100 / Double(students.count)).rounded())
        #expect(text.dutch.hasPrefix("\(share)% van de leerlingen (lj1 "))
        #expect(text.english.hasPrefix("\(share)% of the students (y1 "))
        #expect(text.dutch.contains(", lj6 "))
        #expect(inOrder == (share >= 80))
        // The demo school is not there yet: about 60%.
        #expect((45...75).contains(share))
    }

    @Test func everyStudentTalkedToIsInOrder() throws {
        let test = try TestSession(demo: false)
        let store = try test.session.store()
        try store.transaction { transaction throws(LOBError) in
            let branch = try transaction.addBranch(brin: "99ZZ", number: "00", name: "Test")
            for (number, year) in [("1", 1), ("2", 1), ("3", 2)] {
                try transaction.upsert(
                    Student(
                        number: number, givenName: "A", infix: "", surname: "B", className: "H\(year)A", year: year,
                        schoolType: .havo, profile: "", mentor: "", branchID: branch.id))
            }
        }
        try test.recordConversation("gesprek nieuw 1 --verslag x --datum 2026-10-01")
        try test.recordConversation("gesprek nieuw 3 --verslag x --datum 2026-10-01 --soort terugblik")
        #expect(
            try measure(ConversationCoverageIndicator(), test, 2026)
                == .value(
                    Localized(
                        nl: "67% van de leerlingen (lj1 50%, lj2 100%)", en: "67% of the students (y1 50%, y2 100%)"),
                    inOrder: false))
        try test.recordConversation("gesprek nieuw 2 --verslag x --datum 2026-10-02")
        #expect(
            try measure(ConversationCoverageIndicator(), test, 2026)
                == .value(
                    Localized(
                        nl: "100% van de leerlingen (lj1 100%, lj2 100%)", en: "100% of the students (y1 100%, y2 100%)"
                    ),
                    inOrder: true))
        #expect(
            try measure(ConversationAgreementIndicator(), test, 2026)
                == .value(Localized(nl: "0 open, 0 verlopen", en: "0 open, 0 overdue"), inOrder: true))
    }
}
