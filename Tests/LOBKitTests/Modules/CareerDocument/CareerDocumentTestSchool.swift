import Foundation
import Testing

@testable import LOBKit

/// The participation tests' small school (the clock on 2026-11-29), with helpers for career documents.
@MainActor
struct CareerDocumentTestSchool {
    let school: ParticipationTestSchool
    var test: TestSession { school.test }

    /// A private working note that must never leave the staff member's view.
    static let privateNote = "WERKNOTITIE-vertrouwelijk: thuissituatie zorgelijk"
    static let report = "Zoë twijfelt tussen pabo en verpleegkunde."

    init() throws {
        school = try ParticipationTestSchool()
    }

    /// A conversation with Zoë (1001) with an afspraak and a private note, added the way `gesprek` adds one.
    func addConversation() throws -> Int64 {
        let conversation = Conversation(
            studentNumber: "1001", date: try ParticipationTestSchool.date("2026-10-20"), kind: .career,
            participants: [ConversationParticipant(role: .mentor, name: "J. de Vries")], topics: ["studiekeuze"],
            report: CareerDocumentTestSchool.report,
            agreements: [
                Agreement(
                    what: "Open dag HAN bezoeken", by: "leerling", due: try ParticipationTestSchool.date("2026-12-15"))
            ], recordedBy: "J. de Vries")
        let id = try test.session.store().transaction { store throws(LOBError) in
            try store.addConversation(conversation, privateNote: CareerDocumentTestSchool.privateNote)
        }
        return try #require(id)
    }

    /// A fresh, empty folder.
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }
}
