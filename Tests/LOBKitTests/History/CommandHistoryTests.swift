import Foundation
import Testing

@testable import LOBKit

struct CommandHistoryTests {
    @Test func aHistoryInMemoryKeepsItsEntriesBoundedAndHasNoFile() {
        let history = CommandHistory.inMemory()
        let copy = history
        history.append("echo een", limit: 2)
        history.append(" echo verborgen", limit: 2)
        copy.append("echo twee", limit: 2)
        history.append("echo drie", limit: 2)
        #expect(history.path == nil)
        #expect(history.entries() == ["echo twee", "echo drie"])
        #expect(CommandHistory.inMemory().entries() == [])
    }

    @Test func aHistoryFileKeepsEntriesAcrossValues() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("lobsh/history").path
        CommandHistory(path: path).append("echo \"twee\nregels\"", limit: 10)
        #expect(CommandHistory(path: path).entries() == ["echo \"twee\nregels\""])
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
