import Foundation

@testable import LOBKit

/// A session for the doorstroom tests, with helpers to write import files and read the store.
@MainActor
struct TransitionTestSchool {
    let test: TestSession

    init(demo: Bool = false, extra: [any CommandModule] = []) throws {
        test = try TestSession(demo: demo, extra: extra)
    }

    /// A fixture shared with the end-to-end scripts (`Tests/lobshTests/Scripts/include`).
    nonisolated static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("lobshTests/Scripts/include/\(name)")
    }

    nonisolated static let duoFixture = fixture("duo-bestemming-vo-gediplomeerden.csv")

    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("doorstroom-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func alumni(cohort: Int? = nil) throws -> [AlumnusDestination] {
        try test.session.store().transaction { store throws(LOBError) in try store.alumni(cohort: cohort) }
    }

    func duoCounts(cohort: Int? = nil) throws -> [DUOCount] {
        try test.session.store().transaction { store throws(LOBError) in try store.duoCounts(cohort: cohort) }
    }

    /// Runs `body` in a transaction on the session's store.
    func read<T>(_ body: (StoreTransaction) throws(LOBError) -> T) throws -> T {
        try test.session.store().transaction { store throws(LOBError) in try body(store) }
    }
}
