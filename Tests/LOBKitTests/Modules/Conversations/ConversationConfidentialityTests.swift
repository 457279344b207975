import Foundation
import Testing

@testable import LOBKit

/// The private working note never leaves the database except on request, at a terminal, as screen text.
@MainActor
struct ConversationConfidentialityTests {
    static let secret = "GEHEIM-4410"

    func session() throws -> (TestSession, Int64) {
        let test = try TestSession()
        test.session.workingDirectory = try CommandExampleTests.exampleFolder()
        let id = try test.recordConversation(
            "gesprek nieuw 1164 --verslag \"Gedeeld verslag\" --werkaantekening \(Self.secret)")
        try test.output("gesprek wijzig \(id) --verslag \"Nieuw verslag\" --werkaantekening \(Self.secret)-2")
        return (test, id)
    }

    @Test(arguments: [
        "gesprek lijst", "gesprek toon {id}", "gesprek toon {id} | naar json", "gesprek toon {id} | naar csv",
        "gesprek geschiedenis {id}", "gesprek geschiedenis {id} | naar json", "gesprek afspraken",
        "gesprek lijst --leerling 1164 | naar json",
    ])
    func theNoteIsNotInOutput(_ template: String) throws {
        let (test, id) = try session()
        test.session.outputIsTerminal = true
        let output = try test.output(template.replacingOccurrences(of: "{id}", with: String(id)))
        #expect(output.contains("verslag") || output.contains("leerlingnummer") || output.contains("1164"))
        #expect(!output.contains("GEHEIM"))
    }

    @Test func theNoteIsNotInARedirectedFile() throws {
        let (test, id) = try session()
        test.session.outputIsTerminal = true
        try test.output("gesprek toon \(id) > x.json")
        let written = try String(
            contentsOfFile: test.session.workingDirectory + "/x.json", encoding: .utf8)
        #expect(written.contains("Nieuw verslag"))
        #expect(!written.contains("GEHEIM"))
    }

    @Test(arguments: [
        "gesprek toon {id} --inclusief-vertrouwelijk > x.txt",
        "gesprek toon {id} --inclusief-vertrouwelijk | naar json",
        "gesprek toon {id} --inclusief-vertrouwelijk | aantal",
    ])
    func theFlagIsRefusedWhereTheOutputGoesOnEvenAtATerminal(_ template: String) throws {
        let (test, id) = try session()
        test.session.outputIsTerminal = true
        let result = test.run(template.replacingOccurrences(of: "{id}", with: String(id)))
        #expect(result.error?.message == Message(.conversationConfidentialNotTerminal))
        #expect(!result.output.contains("GEHEIM"))
        #expect(!FileManager.default.fileExists(atPath: test.session.workingDirectory + "/x.txt"))
    }

    @Test func theFlagIsRefusedWhenTheOutputIsNotATerminal() throws {
        let (test, id) = try session()
        let result = test.run("gesprek toon \(id) --inclusief-vertrouwelijk")
        #expect(result.error?.message == Message(.conversationConfidentialNotTerminal))
        #expect(!result.output.contains("GEHEIM"))
    }

    @Test func theFlagShowsTheCurrentNoteAtATerminal() throws {
        let (test, id) = try session()
        test.session.outputIsTerminal = true
        let output = try test.output("gesprek toon \(id) --inclusief-vertrouwelijk")
        #expect(output.contains("Nieuw verslag"))
        #expect(output.contains("\(Self.secret)-2"))
        #expect(!output.contains("\(Self.secret)\n"))
    }

    @Test func theConversationValueHasNoNote() throws {
        let (test, _) = try session()
        let conversations = try test.session.store().transaction { transaction throws(LOBError) in
            try transaction.conversations(ConversationQuery(studentNumbers: ["1164"]))
        }
        #expect(!conversations.isEmpty)
        for conversation in conversations {
            #expect(!String(reflecting: conversation).contains("GEHEIM"))
        }
    }
}
