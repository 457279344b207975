import Foundation

/// Runs the built `lobsh` as a user would, with a clean environment, and collects what it did.
struct LobshProcess {
    struct Result {
        var output: String
        var errors: String
        var status: Int32
    }

    /// The `lobsh` built next to this test binary.
    static let executable: URL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("lobsh")

    /// The package's root, for the README and the scripts.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh home for one test: data, state and config folders inside it, nothing of the machine's.
    static func temporaryHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("lobsh-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HOME": home.path, "PATH": executable.deletingLastPathComponent().path + ":/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        ]
        environment.merge(extra) { $1 }
        return environment
    }

    /// Runs `lobsh arguments…` in `directory` with `input` on stdin.
    static func run(
        _ arguments: [String], input: String = "", in directory: URL? = nil, environment extra: [String: String] = [:]
    ) throws -> Result {
        try run(executable: executable, arguments, input: input, in: directory, environment: extra)
    }

    /// Runs a shell command line (`/bin/sh -c`), with the built lobsh first on PATH.
    static func shell(_ line: String, in directory: URL, environment extra: [String: String] = [:]) throws -> Result {
        try run(
            executable: URL(fileURLWithPath: "/bin/sh"), ["-c", line], input: "", in: directory, environment: extra)
    }

    /// Runs any program the way `run` runs lobsh.
    static func run(
        executable: URL, _ arguments: [String], input: String = "", in directory: URL? = nil,
        environment extra: [String: String] = [:]
    ) throws -> Result {
        let home = try temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment(home: home, extra: extra)
        process.currentDirectoryURL = directory ?? home
        // Files rather than pipes: no deadlock whatever the size of the output.
        let inputFile = home.appendingPathComponent("stdin")
        let outputFile = home.appendingPathComponent("stdout")
        let errorFile = home.appendingPathComponent("stderr")
        try Data(input.utf8).write(to: inputFile)
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return Result(
            output: try String(contentsOf: outputFile, encoding: .utf8),
            errors: try String(contentsOf: errorFile, encoding: .utf8),
            status: process.terminationStatus)
    }
}
