import Foundation
import Testing

@testable import LOBKit

/// A small school for the team tests: three roster mentors (one written with a diacritic) and no team yet.
/// The test clock's today is 2026-11-29, in school year 2026-2027.
@MainActor
struct StaffTestSchool {
    let test: TestSession

    static let roster = """
        leerlingnummer,roepnaam,achternaam,klas,leerjaar,schooltype,mentor
        1001,Zoë,Jansen,H4A,4,havo,J. de Vries
        1002,Sem,Bos,H4A,4,havo,J. de Vries
        1003,Eva,Kok,H4B,4,havo,A. Özdemir
        1004,Daan,Vos,T3A,3,vmbo-tl,M. Bakker
        1005,Lot,Pals,T3B,3,vmbo-tl,J. de Vries

        """

    init(_ script: String = "") throws {
        test = try TestSession(demo: false)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("team-\(UUID().uuidString).csv")
        try StaffTestSchool.roster.write(to: file, atomically: true, encoding: .utf8)
        try test.output("leerling importeer \(file.path)")
        if !script.isEmpty { try test.output(script) }
    }

    /// Runs `line` and returns its table as CSV.
    func csv(_ line: String) throws -> String {
        try test.output(line + " | naar csv")
    }

    /// Records a conversation of student `number` on `date` with `participants`.
    func addConversation(_ number: String, _ date: String, _ participants: [ConversationParticipant]) throws {
        let date = try #require(LOBDate(parsing: date))
        let id = try test.session.store().transaction { store throws(LOBError) in
            try store.addConversation(
                Conversation(studentNumber: number, date: date, kind: .career, participants: participants))
        }
        #expect(id != nil)
    }

    /// The A3 indicator's value for `year` (default the test clock's).
    func indicator(_ year: Int = 2026) throws -> IndicatorValue {
        try test.session.store().transaction { store throws(LOBError) in
            try StaffIndicator().measure(in: store, schoolYear: SchoolYear(validStartYear: year))
        }
    }
}
