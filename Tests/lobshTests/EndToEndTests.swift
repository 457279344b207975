import Foundation
import Testing

/// The built `lobsh` on the scripts in `Scripts/`: each `NAME.lob` with its expected `NAME.out`,
/// `NAME.err` (empty when absent) and the exit code and options in its header (`# exit: 3`, `# args: --demo`).
struct EndToEndTests {
    static let scriptsFolder = LobshProcess.packageRoot.appendingPathComponent("Tests/lobshTests/Scripts")

    static let scripts: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: scriptsFolder.path)) ?? [])
        .filter { $0.hasSuffix(".lob") }.sorted()

    @Test func thereAreScripts() {
        #expect(EndToEndTests.scripts.count >= 8)
    }

    @Test(arguments: scripts)
    func scriptGivesItsExpectedOutputAndExitCode(_ name: String) throws {
        let script = EndToEndTests.scriptsFolder.appendingPathComponent(name)
        let text = try String(contentsOf: script, encoding: .utf8)
        var arguments: [String] = []
        var exitCode: Int32 = 0
        for line in text.split(separator: "\n") where line.hasPrefix("# ") {
            if line.hasPrefix("# args: ") { arguments = line.dropFirst(8).split(separator: " ").map(String.init) }
            if line.hasPrefix("# exit: ") { exitCode = Int32(line.dropFirst(8)) ?? -1 }
        }
        let base = script.deletingPathExtension()
        let expectedOutput = (try? String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)) ?? ""
        let expectedErrors = (try? String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)) ?? ""
        let result = try LobshProcess.run(arguments + [name], in: EndToEndTests.scriptsFolder)
        #expect(result.output == expectedOutput, "stdout of \(name)")
        #expect(result.errors == expectedErrors, "stderr of \(name)")
        #expect(result.status == exitCode, "exit code of \(name)")
    }
}
