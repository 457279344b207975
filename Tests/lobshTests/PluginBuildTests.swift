import Foundation
import Testing

/// A network module is a folder in Plugins/: it is in lobsh after `./dev build`, and gone when the folder is.
///
/// Builds a copy of the package (its own scratch folder, kept between runs so that only the first build is
/// slow). `LOBSH_SKIP_BUILD_TESTS=1` skips it for quick local runs; CI always runs it.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["LOBSH_SKIP_BUILD_TESTS"] == nil))
struct PluginBuildTests {
    static let work = FileManager.default.temporaryDirectory.appendingPathComponent("lobsh-plugin-build")
    static let package = work.appendingPathComponent("package")
    static let scratch = work.appendingPathComponent("scratch")

    /// A fresh copy of the package's sources (timestamps kept, so that the kept build stays valid).
    static func copyPackage() throws {
        try? FileManager.default.removeItem(at: package)
        try FileManager.default.createDirectory(at: package, withIntermediateDirectories: true)
        let root = LobshProcess.packageRoot
        for item in ["Package.swift", "dev", "Sources", "BuildTools", "Plugins", "Tests"] {
            let copy = try shell(["cp", "-a", root.appendingPathComponent(item).path, package.path], in: root)
            #expect(copy.status == 0, "\(copy.errors)")
        }
    }

    static func module(_ name: String, command: String, api: String = "1, minor: 0") -> String {
        """
        public import LOBKit

        public struct \(name)Module: CommandModule {
            public init() {}
            public let name = "\(name.lowercased())"
            public let version = "0.1.0"
            public let apiVersion = APIVersion(major: \(api))
            public let author = "Proefnetwerk"
            public let summary = Localized(nl: "Een proefmodule", en: "A trial module")
            public var commands: [any Command] { [\(name)Command()] }
        }

        struct \(name)Command: Command {
            static let spec = CommandSpec(
                "\(command)", summary: Localized(nl: "Zegt iets", en: "Says something"),
                examples: [Example("\(command)", Localized(nl: "Zeg het", en: "Say it"))], usesStore: false)

            func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
                .text("\(name.lowercased()) is er")
            }
        }

        """
    }

    static func addModule(_ name: String, command: String, api: String = "1, minor: 0") throws {
        let folder = package.appendingPathComponent("Plugins/\(name)/Sources")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try module(name, command: command, api: api).write(
            to: folder.appendingPathComponent("\(name)Module.swift"), atomically: true, encoding: .utf8)
    }

    static func removeModule(_ name: String) throws {
        try FileManager.default.removeItem(at: package.appendingPathComponent("Plugins/\(name)"))
    }

    static func build(documented: Bool = true) throws -> LobshProcess.Result {
        let arguments =
            documented
            ? ["./dev", "build", "--scratch-path", scratch.path]
            : ["swift", "build", "--product", "lobsh", "--scratch-path", scratch.path]
        return try shell(arguments, in: package)
    }

    static func lobsh(_ line: String) throws -> LobshProcess.Result {
        try LobshProcess.run(
            executable: scratch.appendingPathComponent("debug/lobsh"), ["-c", line], in: package)
    }

    /// Runs a program with this process's environment (the toolchain on PATH), not a test's clean one.
    static func shell(_ arguments: [String], in directory: URL) throws -> LobshProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return LobshProcess.Result(
            output: String(decoding: outputData, as: UTF8.self), errors: String(decoding: errorData, as: UTF8.self),
            status: process.terminationStatus)
    }

    @Test func aModuleFolderIsInLobshAfterTheBuildAndGoneWhenRemoved() throws {
        try PluginBuildTests.copyPackage()
        try PluginBuildTests.addModule("Proef", command: "proef")
        let built = try PluginBuildTests.build()
        try #require(built.status == 0, "\(built.errors)")
        let run = try PluginBuildTests.lobsh("proef; modules | waar naam = proef | kolommen naam versie auteur")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("proef is er\n"))
        #expect(run.output.contains("proef  0.1.0   Proefnetwerk"))

        // A folder added after SwiftPM cached its reading of the manifest: a plain build reads the manifest again
        // (the module is in) or stops with what to do (the registry step, or SwiftPM on a folder gone); it never
        // builds a stale list.
        try PluginBuildTests.addModule("Later", command: "later")
        let plain = try PluginBuildTests.build(documented: false)
        if plain.status == 0 {
            #expect(try PluginBuildTests.lobsh("later").output == "later is er\n")
        } else {
            let said = plain.output + plain.errors
            #expect(
                said.contains("changed since the package manifest was read") || said.contains("invalid custom path"))
        }
        // The registry step itself, given the list of a manifest read before Later was added.
        let generator = PluginBuildTests.scratch.appendingPathComponent("debug/ModuleRegistryGenerator-tool")
        let plugins = PluginBuildTests.package.appendingPathComponent("Plugins")
        let known = try FileManager.default.contentsOfDirectory(atPath: plugins.path).filter {
            $0 != "Later" && !$0.hasSuffix(".md")
        }
        let stale = try PluginBuildTests.shell(
            [generator.path, PluginBuildTests.work.appendingPathComponent("registry.swift").path, plugins.path]
                + known, in: PluginBuildTests.package)
        #expect(stale.status == 1)
        #expect(
            stale.errors
                == "error: the module folders in Plugins/ changed since the package manifest was read (added: Later); "
                + "build with ./dev build, which reads it again\n")
        try PluginBuildTests.removeModule("Later")

        try PluginBuildTests.removeModule("Proef")
        let rebuilt = try PluginBuildTests.build()
        try #require(rebuilt.status == 0, "\(rebuilt.errors)")
        let gone = try PluginBuildTests.lobsh("proef")
        #expect(gone.status == 2)
        #expect(gone.errors.contains("onbekend commando 'proef'"), "\(gone.errors)")
    }

    @Test func aNameClashAndAWrongAPIVersionStopLobshWithWhatToDo() throws {
        try PluginBuildTests.copyPackage()
        try PluginBuildTests.addModule("Dubbel", command: "echo")
        try #require(try PluginBuildTests.build().status == 0)
        let clash = try PluginBuildTests.lobsh("echo hoi")
        #expect(clash.status == 1)
        #expect(clash.errors == "lobsh: twee modules claimen de naam 'echo': kern en dubbel\n")
        try PluginBuildTests.removeModule("Dubbel")

        try PluginBuildTests.addModule("Toekomst", command: "toekomst", api: "2, minor: 0")
        try #require(try PluginBuildTests.build().status == 0)
        let future = try PluginBuildTests.lobsh("toekomst")
        #expect(future.status == 1)
        #expect(
            future.errors
                == "lobsh: module 'toekomst' is geschreven voor LOBKit-API 2.0, deze lobsh heeft API 1.2: werk de module bij (of bouw lobsh zonder haar map in Plugins/)\n"
        )
    }
}
