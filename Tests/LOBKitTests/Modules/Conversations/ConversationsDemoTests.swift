import Foundation
import Testing

@testable import LOBKit

@MainActor
struct ConversationsDemoTests {
    func conversations(_ test: TestSession) throws -> (conversations: [Conversation], students: [Student], notes: Int) {
        try test.session.store().transaction { transaction throws(LOBError) in
            let conversations = try transaction.conversations()
            var notes = 0
            for conversation in conversations where try transaction.privateNote(conversationID: conversation.id) != nil
            {
                notes += 1
            }
            return (conversations, try transaction.students(StudentQuery()), notes)
        }
    }

    @Test func theDemoSchoolHasRealisticConversationsUpToToday() throws {
        let test = try TestSession()
        let (conversations, students, notes) = try conversations(test)
        let today = LOBDate(year: 2026, month: 11, day: 29) ?? .epoch
        let yearStart = LOBDate(year: 2026, month: 8, day: 1) ?? .epoch
        let talked = Set(conversations.map(\.studentNumber))
        #expect((Double(talked.count) / Double(students.count) * 100).rounded() >= 50)
        #expect(Double(talked.count) / Double(students.count) <= 0.7)
        #expect(conversations.allSatisfy { $0.date <= today && $0.date >= yearStart })
        let mentors = Dictionary(students.map { ($0.number, $0.mentor) }, uniquingKeysWith: { first, _ in first })
        #expect(
            conversations.allSatisfy {
                $0.participants.first == ConversationParticipant(role: .mentor, name: mentors[$0.studentNumber] ?? "")
            })
        #expect(conversations.contains { $0.kind == .triangle && $0.participants.contains { $0.role == .parent } })
        #expect(conversations.contains { !$0.linkedActivities.isEmpty })
        #expect(notes > 10 && notes < conversations.count / 3)
        #expect(Set(conversations.map(\.report)).count > conversations.count / 2)
        #expect(conversations.allSatisfy { $0.report.split(separator: ".").count >= 3 })
        let agreements = conversations.flatMap(\.agreements)
        let overdue = agreements.filter { $0.isOverdue(on: today) }.count
        #expect(overdue > 0 && overdue < agreements.count / 4)
        #expect(agreements.contains { $0.done != nil })
    }

    @Test func theDemoIsTheSameEveryTime() throws {
        let first = try conversations(TestSession()).conversations
        let second = try conversations(TestSession()).conversations
        #expect(first == second)
    }
}
