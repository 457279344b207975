import Foundation

@testable import LOBKit

extension TestSession {
    /// Records a conversation on the demo school and returns its id (from `gesprek N vastgelegd`).
    @discardableResult
    func recordConversation(_ line: String) throws -> Int64 {
        let output = try self.output(line)
        let words = output.split(separator: " ")
        guard words.count > 1, let id = Int64(words[1]) else { throw TestFailure(message: output, kind: .failed) }
        return id
    }
}
