import Foundation
import Testing

@testable import LOBKit

/// A small school for the participation tests: four students in three classes and three activities.
@MainActor
struct ParticipationTestSchool {
    let test: TestSession

    static let roster = """
        leerlingnummer,roepnaam,achternaam,klas,leerjaar,schooltype,mentor
        1001,Zoë,Jansen,H4A,4,havo,J. de Vries
        1002,Sem,Bos,H4A,4,havo,J. de Vries
        1003,Eva,Kok,H4B,4,havo,A. Smit
        1004,Daan,Vos,T3A,3,vmbo-tl,M. Bakker

        """

    static let activities = [
        Activity(
            code: "OD-HAN", name: "Open dag HAN", kind: .openDay, schoolTypes: [.havo, .vwo], years: [4, 5, 6],
            competencies: [.workExploration]),
        Activity(
            code: "OD-MBO", name: "Open dag mbo", kind: .openDay, schoolTypes: [.vmboTL], years: [3, 4],
            competencies: [.workExploration]),
        Activity(
            code: "STUDIE-4", name: "Studiekeuzetest", kind: .test, schoolTypes: [.havo, .vwo], years: [4],
            competencies: [.motives], required: true),
    ]

    init() throws {
        test = try TestSession(demo: false)
        try test.output("leerling importeer \(try ParticipationTestSchool.write(ParticipationTestSchool.roster))")
        try test.session.store().transaction { store throws(LOBError) in
            for activity in ParticipationTestSchool.activities { try store.saveActivity(activity) }
        }
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func write(_ text: String, suffix: String = ".csv") throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("participation-\(UUID().uuidString)\(suffix)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every participation in the store.
    func participations(_ query: ParticipationQuery = ParticipationQuery()) throws -> [Participation] {
        try test.session.store().transaction { store throws(LOBError) in try store.participations(query) }
    }

    /// Saves participations directly, as a fixture.
    func save(_ participations: Participation...) throws {
        try test.session.store().transaction { store throws(LOBError) in
            for participation in participations { try store.saveParticipation(participation) }
        }
    }

    static func date(_ text: String) throws -> LOBDate {
        try #require(LOBDate(parsing: text))
    }
}
