// swift-tools-version: 6.2
import Foundation
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

// Network command modules: every folder in Plugins/ is one, with its code in Sources/ and its tests in Tests/.
// SwiftPM caches this manifest's result by its text, so a folder added or removed is only seen by
// `./dev build` (which re-reads the manifest); the RegisterModules step fails a plain build that missed one.
let pluginsFolder = URL(fileURLWithPath: Context.packageDirectory).appendingPathComponent("Plugins")
let pluginNames = ((try? FileManager.default.contentsOfDirectory(atPath: pluginsFolder.path)) ?? [])
    .filter { name in
        var isFolder: ObjCBool = false
        let path = pluginsFolder.appendingPathComponent(name).path
        return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            && isFolder.boolValue
    }
    .sorted()
let pluginTargets: [Target] = pluginNames.flatMap { name -> [Target] in
    var targets: [Target] = [
        .target(name: name, dependencies: ["LOBKit"], path: "Plugins/\(name)/Sources", swiftSettings: strictSettings)
    ]
    let tests = pluginsFolder.appendingPathComponent("\(name)/Tests").path
    let testFiles = (try? FileManager.default.contentsOfDirectory(atPath: tests)) ?? []
    if testFiles.contains(where: { $0.hasSuffix(".swift") }) {
        targets.append(
            .testTarget(
                name: "\(name)Tests", dependencies: [.target(name: name), "LOBKitTesting"],
                path: "Plugins/\(name)/Tests", swiftSettings: strictSettings))
    }
    return targets
}

let package = Package(
    name: "lobsh",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "LOBKit", targets: ["LOBKit"]),
        .library(name: "LOBKitTesting", targets: ["LOBKitTesting"]),
        .executable(name: "lobsh", targets: ["lobsh"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "LOBKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the read-only connection of `sql` with its own authorizer.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        // The kit for module authors: a session on the demo school, and the conformance check.
        .target(
            name: "LOBKitTesting",
            dependencies: ["LOBKit"],
            swiftSettings: strictSettings
        ),
        // Writes lobsh's list of network modules from the folders in Plugins/ (see RegisterModules).
        .executableTarget(
            name: "ModuleRegistryGenerator",
            path: "BuildTools/ModuleRegistryGenerator",
            swiftSettings: strictSettings
        ),
        .plugin(
            name: "RegisterModules",
            capability: .buildTool(),
            dependencies: ["ModuleRegistryGenerator"],
            path: "BuildTools/RegisterModules"
        ),
        // libedit's el_set and history are variadic C functions: a small C target wraps them.
        .target(
            name: "CEditLine",
            linkerSettings: [.linkedLibrary("edit")]
        ),
        .executableTarget(
            name: "lobsh",
            dependencies: [
                "LOBKit",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + pluginNames.map { .target(name: $0) },
            swiftSettings: strictSettings,
            plugins: ["RegisterModules"]
        ),
        .testTarget(
            name: "LOBKitTests",
            dependencies: ["LOBKit", "LOBKitTesting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "lobshTests",
            dependencies: ["lobsh"],
            exclude: ["Scripts", "Interactive", "Recipes"],
            swiftSettings: strictSettings
        ),
    ] + pluginTargets,
    swiftLanguageModes: [.v6]
)
