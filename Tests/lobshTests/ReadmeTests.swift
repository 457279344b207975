import Foundation
import Testing

/// The README's tour: every `$ lobsh …` line in a `console` block is run, and what it prints
/// (stdout and stderr together) must be exactly the lines under it.
struct ReadmeTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var command: String
        var expected: String
        var testDescription: String { command }
    }

    static let examples: [Example] = {
        let readme = LobshProcess.packageRoot.appendingPathComponent("README.md")
        guard let text = try? String(contentsOf: readme, encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var inConsole = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                inConsole = line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                examples.append(Example(command: String(line.dropFirst(2)), expected: ""))
            } else if !examples.isEmpty {
                examples[examples.count - 1].expected += line + "\n"
            }
        }
        return examples
    }()

    @Test func theReadmeHasATour() {
        #expect(ReadmeTests.examples.count >= 8)
    }

    @Test(arguments: examples)
    func readmeExampleRunsAsWritten(_ example: Example) throws {
        let folder = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LobshProcess.shell("exec 2>&1; " + example.command, in: folder)
        #expect(result.output == example.expected)
    }
}
