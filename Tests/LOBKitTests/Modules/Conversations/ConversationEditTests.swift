import Foundation
import Testing

@testable import LOBKit

@MainActor
struct ConversationEditTests {
    @Test func aChangeKeepsThePreviousVersionInTheHistory() throws {
        let test = try TestSession()
        test.session.setVariable("door", "M. Jansen")
        let id = try test.recordConversation("gesprek nieuw 1164 --onderwerp stage --verslag \"Eerste versie\"")
        try test.output(
            "gesprek wijzig \(id) --verslag \"Tweede versie\" --soort keuzegesprek --onderwerp profielkeuze "
                + "--afspraak \"Open dag\" --voor 2026-12-12")
        let store = try test.session.store()
        let (conversation, history) = try store.transaction { transaction throws(LOBError) in
            (try transaction.conversation(id: id), try transaction.conversationHistory(id: id))
        }
        #expect(conversation?.report == "Tweede versie")
        #expect(conversation?.kind == .choice)
        #expect(conversation?.topics == ["profielkeuze"])
        #expect(conversation?.agreements.map(\.what) == ["Open dag"])
        #expect(history.count == 1)
        #expect(history.first?.report == "Eerste versie")
        #expect(history.first?.topics == ["stage"])
        #expect(history.first?.kind == .career)
        #expect(history.first?.changedBy == "M. Jansen")
        #expect(history.first?.changedOn == LOBDate(year: 2026, month: 11, day: 29))
        #expect(history.first?.changedFields == ["soort", "onderwerpen", "verslag", "afspraken"])

        let table = try test.output("gesprek geschiedenis \(id) | naar csv")
        #expect(
            table.contains(
                "1,2026-11-29,M. Jansen,\"soort, onderwerpen, verslag, afspraken\",loopbaangesprek,stage,Eerste versie")
        )
        #expect(table.contains("2,,,,keuzegesprek,profielkeuze,Tweede versie"))
    }

    @Test func changingOnlyTheNoteLeavesNoVersion() throws {
        let test = try TestSession()
        let id = try test.recordConversation("gesprek nieuw 1164 --verslag x --werkaantekening oud")
        try test.output("gesprek wijzig \(id) --werkaantekening nieuw")
        let (history, note) = try test.session.store().transaction { transaction throws(LOBError) in
            (try transaction.conversationHistory(id: id), try transaction.privateNote(conversationID: id))
        }
        #expect(history.isEmpty)
        #expect(note == "nieuw")
    }

    @Test func nothingToChangeAndUnknownIdsAreRefused() throws {
        let test = try TestSession()
        #expect(test.run("gesprek wijzig 1").error?.message == Message(.conversationNothingToChange))
        #expect(test.run("gesprek wijzig 99999 --verslag x").error?.message == Message(.conversationUnknown, "99999"))
        #expect(test.run("gesprek geschiedenis 99999").error?.message == Message(.conversationUnknown, "99999"))
    }
}
