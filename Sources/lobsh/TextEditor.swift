import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens `$VISUAL` or `$EDITOR` (default `vi`) on a text at the prompt, for LOBKit's `Session.textEditor`.
enum TextEditor {
    /// The edited text, or nil when the file could not be written, the editor failed, or it was unreadable.
    static func edit(_ text: String, environment: [String: String]) -> String? {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lobsh-\(UUID().uuidString).txt").path
        // The text is about a minor: only its owner may read the file, and it is gone afterwards.
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { return nil }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor command may carry options (`code --wait`); the path is passed as "$1", never spliced in.
        process.arguments = ["-c", editor + " \"$1\"", "lobsh-editor", path]
        process.standardInput = FileHandle.standardInput
        process.standardOutput = FileHandle.standardOutput
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            return nil
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
