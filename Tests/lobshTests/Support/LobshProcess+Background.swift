import Foundation

extension LobshProcess {
    /// A lobsh started and not waited for: to be killed, or waited for alongside others.
    struct Running {
        let process: Process
        let home: URL

        /// Output so far (all of it once the process ended).
        var output: String { (try? String(contentsOf: home.appendingPathComponent("stdout"), encoding: .utf8)) ?? "" }
        var errors: String { (try? String(contentsOf: home.appendingPathComponent("stderr"), encoding: .utf8)) ?? "" }

        /// Waits for the end and returns the exit status (128 + signal for a killed one).
        func wait() -> Int32 {
            process.waitUntilExit()
            return process.terminationReason == .uncaughtSignal
                ? 128 + process.terminationStatus : process.terminationStatus
        }

        /// SIGKILL: no handler, no clean-up, as a power cut or `kill -9` would stop it.
        func kill() {
            _ = Foundation.kill(process.processIdentifier, SIGKILL)
        }

        func removeHome() {
            try? FileManager.default.removeItem(at: home)
        }
    }

    /// Starts `lobsh arguments…` in `directory`, stdin empty, output to files in a fresh home of its own.
    static func start(_ arguments: [String], in directory: URL, environment extra: [String: String] = [:]) throws
        -> Running
    {
        let home = try temporaryHome()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment(home: home, extra: extra)
        process.currentDirectoryURL = directory
        let outputFile = home.appendingPathComponent("stdout")
        let errorFile = home.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        return Running(process: process, home: home)
    }
}
