import Testing

@testable import LOBKit

@MainActor
struct CareerDocumentModuleTests {
    private func demoItems(today: LOBDate) throws -> [CareerItem] {
        let registry = try CommandRegistry(modules: BuiltinModules.all)
        let store = try Store.demo(modules: registry.modules, today: today)
        return try store.transaction { transaction throws(LOBError) in try transaction.careerItems() }
    }

    @Test func theDemoGivesAShareOfStudentsPastItemsTheSameEveryTime() throws {
        let today = try ParticipationTestSchool.date("2026-11-29")
        let items = try demoItems(today: today)
        let again = try demoItems(today: today)
        #expect(items == again)
        #expect(items.allSatisfy { $0.date <= today })
        let test = try TestSession(demo: true)
        let students = Int(try test.output("leerling lijst | aantal").dropLast()) ?? 0
        let holders = Set(items.map(\.studentNumber)).count
        #expect(holders * 100 > students * 20 && holders * 100 < students * 50, "\(holders) of \(students)")
        for kind in [CareerItemKind.certificate, .role, .volunteering] {
            #expect(items.contains { $0.kind == kind })
        }
        #expect(items.contains { $0.description == "Lid van de leerlingenraad" })
    }

    @Test func whoHasWhichItemDoesNotDependOnToday() throws {
        let early = try demoItems(today: try ParticipationTestSchool.date("2026-09-05"))
        let late = try demoItems(today: try ParticipationTestSchool.date("2027-06-30"))
        #expect(early.map(\.description).sorted() == late.map(\.description).sorted())
        #expect(Set(early.map(\.studentNumber)) == Set(late.map(\.studentNumber)))
    }
}
