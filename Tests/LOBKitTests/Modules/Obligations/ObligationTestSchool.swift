import Foundation
import Testing

@testable import LOBKit

/// A small hand-made school for the obligation tests: a few students imported from a roster, a small
/// catalogue, and participations recorded through the store (the test clock's today is 2026-11-29, in
/// school year 2026-2027).
@MainActor
struct ObligationTestSchool {
    let test: TestSession

    static let roster = """
        leerlingnummer;roepnaam;tussenvoegsel;achternaam;klas;leerjaar;schooltype
        5001;Anna;de;Wit;H5A;5;havo
        5002;Bram;;Smit;H5A;5;havo
        5003;Cem;;Yilmaz;H5B;5;havo
        6001;Daan;;Visser;V6A;6;vwo
        4001;Eva;;Mulder;K4A;4;vmbo-kb
        4002;Fleur;;Bakker;H4A;4;havo

        """

    static let catalogue = [
        Activity(
            code: "OD-A", name: "Open dag Hogeschool A", kind: .openDay, schoolTypes: [.havo, .vwo], years: [5, 6],
            competencies: [.workExploration]),
        Activity(
            code: "OD-B", name: "Open dag Hogeschool B", kind: .openDay, schoolTypes: [.havo, .vwo], years: [5, 6],
            competencies: [.workExploration]),
        Activity(
            code: "OD-C", name: "Open dag Universiteit C", kind: .openDay, schoolTypes: [.vwo], years: [6],
            competencies: [.workExploration]),
        Activity(
            code: "OUDL-5H", name: "Oud-leerlingenavond havo", kind: .alumniEvening, schoolTypes: [.havo], years: [5],
            competencies: [.networking]),
        Activity(
            code: "NETW-5", name: "Netwerkavond", kind: .careerInformation, years: [5], competencies: [.networking]),
        Activity(
            code: "PROEF-5H", name: "Proefstuderen hbo", kind: .trialStudy, schoolTypes: [.havo], years: [5],
            competencies: [.workExploration]),
        Activity(
            code: "MEEL-4V", name: "Meeloopdag mbo", kind: .shadowDay,
            schoolTypes: [.vmboBB, .vmboKB, .vmboGL, .vmboTL], years: [4], competencies: [.workExploration]),
    ]

    init(language: UILanguage = .dutch) throws {
        test = try TestSession(demo: false, language: language)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("obligation-roster-\(UUID().uuidString).csv").path
        try ObligationTestSchool.roster.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try test.output("leerling importeer \(path)")
        try test.session.store().transaction { store throws(LOBError) in
            for activity in ObligationTestSchool.catalogue { try store.saveActivity(activity) }
        }
    }

    /// Runs a line and returns its output, failing on errors.
    @discardableResult
    func output(_ line: String) throws -> String { try test.output(line) }

    /// Records participations through the store, as the participation module's commands would.
    func participated(
        _ number: String, _ code: String, on date: String, _ status: ParticipationStatus = .participated
    ) throws {
        let day = try #require(LOBDate(parsing: date))
        let saved = try test.session.store().transaction { store throws(LOBError) in
            try store.saveParticipation(
                Participation(activityCode: code, studentNumber: number, date: day, status: status))
        }
        #expect(saved, "participation \(number) \(code) \(date) not saved")
    }

    /// One student's row of `verplichting check` as CSV: `voldaan,op-schema,open`.
    func row(_ number: String, on date: String? = nil) throws -> String {
        let peildatum = date.map { " --peildatum \($0)" } ?? ""
        let csv = try output(
            "verplichting check\(peildatum) | waar leerlingnummer = \(number) | kolommen voldaan op-schema open | naar csv"
        )
        return csv.split(separator: "\n").dropFirst().joined(separator: "\n")
    }

    /// The number of rules in the store.
    func ruleCount() throws -> String {
        try output("verplichting lijst | aantal").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
