// swift-tools-version: 6.2
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "lobsh",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "LOBKit", targets: ["LOBKit"]),
        .executable(name: "lobsh", targets: ["lobsh"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "LOBKit",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
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
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LOBKitTests",
            dependencies: ["LOBKit"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "lobshTests",
            dependencies: ["lobsh"],
            exclude: ["Scripts", "Interactive"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
