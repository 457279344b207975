import Foundation

@testable import LOBKit

/// An empty school (or the demo school) with a folder of its own for survey files.
@MainActor
struct SatisfactionTestSchool {
    let test: TestSession
    let folder: URL

    init(demo: Bool = false, language: UILanguage = .dutch) throws {
        test = try TestSession(demo: demo, language: language)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tevredenheid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        test.session.workingDirectory = folder.path
    }

    /// Writes `text` to `name` in the school's folder.
    func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// The text of a file in the school's folder.
    func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func results(_ year: SchoolYear? = nil) throws -> [SatisfactionResult] {
        try test.session.store().transaction { store throws(LOBError) in try store.satisfactionResults(schoolYear: year)
        }
    }

    func comments() throws -> [SatisfactionComment] {
        try test.session.store().transaction { store throws(LOBError) in try store.satisfactionComments() }
    }

    /// The details of a failed command, in Dutch.
    func details(_ line: String) -> [String]? {
        test.run(line).error?.details.map { $0.text(.dutch) }
    }

    static func year(_ text: String) throws -> SchoolYear {
        guard let year = SchoolYear(parsing: text) else { throw TestFailure(message: text, kind: .usage) }
        return year
    }

    /// Totals for havo 4 (12 respondents), havo 5 (8) and, mean only, LOB05 for havo 4.
    static let totals = """
        item,schooltype,leerjaar,n,gemiddelde,n1,n2,n3,n4,n5
        LOB01,havo,4,12,,0,2,4,4,2
        LOB01,havo,5,8,,1,1,2,2,2
        LOB05,havo,4,12,3.0,,,,,

        """
}
