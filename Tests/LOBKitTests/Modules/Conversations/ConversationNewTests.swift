import Foundation
import Testing

@testable import LOBKit

@MainActor
struct ConversationNewTests {
    @Test func recordsParticipantsTopicsAgreementsAndTheNoteApart() throws {
        let test = try TestSession()
        let id = try test.recordConversation(
            """
            gesprek nieuw 1164 --met mentor:"J. de Vries" --met Ouder:"mevr. Jansen" --soort driehoeksgesprek \
            --onderwerp profielkeuze --onderwerp "open dagen" --competentie motievenreflectie --verslag "Goed gesprek." \
            --afspraak "Meeloopdag aanvragen" --voor 2026-12-01 --afspraak "Decaan mailen" --door mentor \
            --werkaantekening "GEHEIM-7781" --datum 2026-11-20
            """)
        let store = try test.session.store()
        let conversation = try #require(
            try store.transaction { transaction throws(LOBError) in try transaction.conversation(id: id) })
        #expect(conversation.studentNumber == "1164")
        #expect(conversation.date == LOBDate(year: 2026, month: 11, day: 20))
        #expect(conversation.kind == .triangle)
        #expect(
            conversation.participants == [
                ConversationParticipant(role: .mentor, name: "J. de Vries"),
                ConversationParticipant(role: .parent, name: "mevr. Jansen"),
            ])
        #expect(conversation.topics == ["profielkeuze", "open dagen"])
        #expect(conversation.competencies == [.motives])
        #expect(conversation.agreements.map(\.what) == ["Meeloopdag aanvragen", "Decaan mailen"])
        #expect(conversation.agreements.map(\.by) == ["leerling", "mentor"])
        #expect(conversation.agreements.map(\.due) == [LOBDate(year: 2026, month: 12, day: 1), nil])
        let note = try store.transaction { transaction throws(LOBError) in
            try transaction.privateNote(conversationID: id)
        }
        #expect(note == "GEHEIM-7781")
        #expect(!String(describing: conversation).contains("GEHEIM"))
    }

    @Test(arguments: [
        ("gesprek nieuw 1164 --datum 2026-11-30", "2026-11-30 ligt in de toekomst"),
        ("gesprek nieuw 11640", "er is geen leerling met nummer 11640 (bedoelde je"),
        ("gesprek nieuw 1164 --met oudr:X", "onbekende rol 'oudr' (bedoelde je 'ouder'?)"),
        ("gesprek nieuw 1164 --met \"J. de Vries\"", "schrijf rol:naam"),
        ("gesprek nieuw 1164 --afspraak \" \"", "een afspraak heeft een beschrijving nodig"),
        ("gesprek nieuw 1164 --door mentor --afspraak a", "een afspraak heeft een beschrijving nodig"),
        ("gesprek nieuw 1164 --afspraak a --door mentor --door ouder", "--door staat twee keer bij de afspraak 'a'"),
        ("gesprek nieuw 1164 --deelname OD-HANN", "(bedoelde je 'OD-HAN'?)"),
    ])
    func refusesWhatCannotBeRight(_ line: String, _ expected: String) throws {
        let test = try TestSession()
        let before = try test.output("gesprek lijst | aantal")
        let result = test.run(line)
        #expect(result.error != nil)
        #expect(result.diagnostics.contains(expected), "\(result.diagnostics)")
        #expect(try test.output("gesprek lijst | aantal") == before)
    }

    @Test func refusesAnActivityTheStudentDidNotTakePartIn() throws {
        let test = try TestSession()
        let store = try test.session.store()
        let done = try store.transaction { transaction throws(LOBError) in
            Set(try transaction.participations(ParticipationQuery(studentNumbers: ["1164"])).map(\.activityCode))
        }
        let codes = try store.transaction { transaction throws(LOBError) in try transaction.activities().map(\.code) }
        let missing = try #require(codes.first { !done.contains($0) })
        let result = test.run("gesprek nieuw 1164 --verslag x --deelname \(missing)")
        #expect(result.error?.message == Message(.conversationNoParticipation, "1164", missing))
        if let taken = done.sorted().first {
            let id = try test.recordConversation("gesprek nieuw 1164 --verslag x --deelname \(taken)")
            let conversation = try store.transaction { transaction throws(LOBError) in
                try transaction.conversation(id: id)
            }
            #expect(conversation?.linkedActivities.first?.hasPrefix(taken + " ") == true)
        }
    }

    @Test func withoutAReportAScriptRecordsAnEmptyOneWithANotice() throws {
        let test = try TestSession()
        let result = test.run("gesprek nieuw 1164")
        #expect(result.error == nil)
        #expect(result.diagnostics.contains("het gesprek heeft geen verslag"))
    }

    @Test func withoutAReportThePromptOpensTheEditor() throws {
        let test = try TestSession()
        var offered = ""
        test.session.textEditor = { template in
            offered = template
            return template + "Zoë wil naar de HAN.\n# weg\n"
        }
        let id = try test.recordConversation("gesprek nieuw 1164")
        #expect(offered.hasPrefix("# Verslag van het gesprek met"))
        let conversation = try test.session.store().transaction { transaction throws(LOBError) in
            try transaction.conversation(id: id)
        }
        #expect(conversation?.report == "Zoë wil naar de HAN.")
    }
}
