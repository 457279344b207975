import Testing

@testable import LOBKit

@MainActor
struct ParticipationDemoTests {
    private struct Demo {
        var students: [Student]
        var activities: [Activity]
        var participations: [Participation]
    }

    private func demo(today: LOBDate) throws -> Demo {
        let store = try Store.demo(modules: BuiltinModules.all, today: today)
        return try store.transaction { store throws(LOBError) in
            Demo(
                students: try store.students(StudentQuery()), activities: try store.activities(),
                participations: try store.participations())
        }
    }

    private let today = LOBDate(year: 2026, month: 11, day: 29)

    @Test func theDemoIsTheSameOnEveryStart() throws {
        let today = try #require(today)
        #expect(try demo(today: today).participations == (try demo(today: today).participations))
    }

    @Test(arguments: ["2026-11-29", "2026-09-03", "2027-07-20", "2026-08-01"])
    func datesFallInTheSchoolYearUpToTodayAndNeverInTheFuture(_ day: String) throws {
        let today = try ParticipationTestSchool.date(day)
        let participations = try demo(today: today).participations
        #expect(!participations.isEmpty)
        #expect(participations.allSatisfy { $0.date <= today && $0.date.schoolYear == today.schoolYear })
    }

    @Test func whoTakesPartInWhatDoesNotDependOnToday() throws {
        let early = try demo(today: ParticipationTestSchool.date("2026-09-15")).participations
        let late = try demo(today: ParticipationTestSchool.date("2027-06-15")).participations
        // Everything but the date.
        let key = { (participation: Participation) in
            [
                participation.activityCode, participation.studentNumber, participation.status.rawValue,
                participation.intendedGoals, participation.results, participation.evaluation, participation.followUp,
            ].joined(separator: "|")
        }
        #expect(early.count == late.count)
        #expect(Set(early.map(key)) == Set(late.map(key)))
        #expect(Set(early.map(\.date)) != Set(late.map(\.date)))
    }

    @Test func studentsTakePartInMostActivitiesMeantForThemAndSomeAreClearlyBehind() throws {
        let demo = try demo(today: #require(today))
        let students = Dictionary(demo.students.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let activities = Dictionary(demo.activities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(
            demo.participations.allSatisfy { participation in
                guard let student = students[participation.studentNumber],
                    let activity = activities[participation.activityCode]
                else { return false }
                return activity.isFor(student.schoolType, year: student.year)
            })
        var taken: [String: Int] = [:]
        for participation in demo.participations { taken[participation.studentNumber, default: 0] += 1 }
        let shares = demo.students.map { student -> Double in
            let meant = demo.activities.filter { $0.isFor(student.schoolType, year: student.year) }.count
            return meant == 0 ? 1 : Double(taken[student.number] ?? 0) / Double(meant)
        }
        let most = shares.filter { $0 >= 0.5 }.count
        #expect(Double(most) / Double(shares.count) > 0.8)
        let behind = demo.students.filter { student in
            let meant = demo.activities.filter { $0.isFor(student.schoolType, year: student.year) }.count
            return meant >= 4 && (taken[student.number] ?? 0) <= 1
        }
        #expect(behind.count >= 20)
    }

    @Test func aFewWereAbsentAndAboutTwoThirdsReflected() throws {
        let participations = try demo(today: #require(today)).participations
        let absent = participations.filter { $0.status == .absent }.count
        #expect(absent > 0 && Double(absent) / Double(participations.count) < 0.1)
        #expect(participations.allSatisfy { $0.status != .absent || !$0.hasReflection })
        let taken = participations.filter { $0.status == .participated }
        let share = Double(taken.filter(\.hasReflection).count) / Double(taken.count)
        #expect(share > 0.55 && share < 0.75)
        let texts = Set(taken.map(\.evaluation).filter { !$0.isEmpty })
        #expect(texts.count >= 5)
    }
}
