import Foundation
import Testing

@testable import LOBKit

@MainActor
struct ConversationsWithoutTests {
    @Test func listsStudentsWithoutAConversationSinceTheDateWithTheirLastOne() throws {
        let test = try TestSession()
        let since = LOBDate(year: 2026, month: 11, day: 1) ?? .epoch
        let store = try test.session.store()
        let (students, conversations) = try store.transaction { transaction throws(LOBError) in
            (try transaction.students(StudentQuery(years: [3])), try transaction.conversations())
        }
        let talked = Set(conversations.filter { $0.date >= since }.map(\.studentNumber))
        let expected = students.filter { !talked.contains($0.number) }.count
        #expect(expected > 0 && expected < students.count)
        #expect(try test.output("gesprek zonder --sinds 2026-11-01 --leerjaar 3 | aantal") == "\(expected)\n")

        let number = try #require(students.first { !talked.contains($0.number) }?.number)
        let before = try test.output("gesprek zonder --sinds 2026-11-01 --leerjaar 3 | naar csv")
        #expect(before.contains(number + ","))
        try test.recordConversation("gesprek nieuw \(number) --verslag x --datum 2026-11-20")
        let after = try test.output("gesprek zonder --sinds 2026-11-01 --leerjaar 3 | naar csv")
        #expect(!after.contains(number + ","))
        let older = try test.output("gesprek zonder --sinds 2026-11-21 | waar leerlingnummer = \(number) | naar csv")
        #expect(older.contains(",2026-11-20\n"))
    }

    @Test func narrowsByClassMentorAndPipeline() throws {
        let test = try TestSession()
        let all = try test.output("gesprek zonder --sinds 2026-12-01 --klas H4A | aantal")
        let roster = try test.output("leerling lijst --klas H4A | aantal")
        #expect(all == roster)
        #expect(try test.output("leerling lijst --klas H4A | gesprek zonder --sinds 2026-12-01 | aantal") == roster)
        #expect(try test.output("gesprek zonder --sinds 2026-12-01 --mentor niemand-zo | aantal") == "0\n")
        #expect(test.run("gesprek zonder").error?.message == Message(.conversationSinceRequired))
    }
}
