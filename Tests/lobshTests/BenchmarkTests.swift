import Foundation
import Testing

/// `Benchmarks/run --snel` keeps working: it generates the school, measures every pair and writes its table.
///
/// It measures the lobsh built for the tests (debug) so that no release build runs inside `swift test`, in a
/// cache and output of its own; times are never asserted, only that the run ends well and the table is complete.
/// `LOBSH_SKIP_BUILD_TESTS=1` skips it for quick local runs, as it does the plug-in build tests; CI runs it.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["LOBSH_SKIP_BUILD_TESTS"] == nil))
struct BenchmarkTests {
    @Test func theQuickBenchmarkRunsAndWritesItsTable() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lobsh-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let results = work.appendingPathComponent("RESULTS.md")
        let run = try LobshProcess.run(
            executable: LobshProcess.packageRoot.appendingPathComponent("Benchmarks/run"), ["--snel"],
            environment: [
                "LOBSH_BENCH_BINARY": LobshProcess.executable.path, "LOBSH_BENCH_CACHE": work.path + "/cache",
                "LOBSH_BENCH_OUT": results.path, "LOBSH_BENCH_RUNS": "2",
            ])
        #expect(run.status == 0, "\(run.errors)")
        let table = try String(contentsOf: results, encoding: .utf8)
        for row in [
            "| start-up |", "| import |", "| school | doorstroom overzicht --per bestemming |",
            "| school | doorstroom succes |", "| school | gesprek zonder --sinds 2026-09-01 |",
            "| school | verplichting check |", "| school | agenda scan |", "| school | evaluatie rapport |",
            "| completion |", "| recipe |",
        ] {
            #expect(table.contains(row), "no row \(row) in:\n\(table)")
        }
        #expect(table.contains("## Machine"))
    }
}
