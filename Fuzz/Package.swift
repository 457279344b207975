// swift-tools-version: 6.2
import Foundation
import PackageDescription

// libFuzzer harnesses for LOBKit, kept out of the main package so that `swift build` and `swift test` stay
// fast: `Fuzz/run` builds them with `-sanitize=fuzzer,address`; each one's top-level code runs libFuzzer's
// driver (FuzzerDriver) on its `fuzz` function.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

// A path dependency is known by its folder's name, which is whatever the checkout is called.
let mainPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()

let harnesses = ["ParserFuzzer", "CSVFuzzer", "DUOFuzzer", "RecipeFuzzer"]

let package = Package(
    name: "LOBKitFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: mainPackage.path)],
    targets: [.target(name: "FuzzerDriver", path: "FuzzerDriver")]
        + harnesses.map { name in
            .executableTarget(
                name: name,
                dependencies: ["FuzzerDriver", .product(name: "LOBKit", package: mainPackage.lastPathComponent)],
                path: name,
                swiftSettings: strictSettings
            )
        },
    swiftLanguageModes: [.v6]
)
