import Foundation
import Testing

/// lobsh at a terminal, driven through a pseudo-terminal by `Interactive/pty_driver.py` (Python's `pty`):
/// UTF-8 editing with LANG unset, completion, history across and between sessions, Ctrl-C, Ctrl-D,
/// the continuation prompt, the banner, the init file and the pager, the demo as a sandbox, and the tour.
struct InteractiveTests {
    static let driver = LobshProcess.packageRoot.appendingPathComponent("Tests/lobshTests/Interactive/pty_driver.py")

    static let scenarios = [
        "utf8_typing_and_recall", "completion", "history_across_sessions", "concurrent_sessions",
        "interrupt_on_a_line", "interrupt_a_long_command", "continuation_prompt", "banner_init_file_and_pager",
        "editor_for_the_report", "demo_writes_nothing", "tour_enter_type_leave_resume", "corrupt_history_file",
        "backup_reminder_weekly",
    ]

    @Test func theDriverKnowsEveryScenario() throws {
        let result = try LobshProcess.run(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", InteractiveTests.driver.path, LobshProcess.executable.path, "list", "/tmp"])
        #expect(result.output.split(separator: "\n").map(String.init) == InteractiveTests.scenarios.sorted())
    }

    @Test(arguments: scenarios)
    func atATerminal(_ scenario: String) throws {
        let work = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try LobshProcess.run(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", InteractiveTests.driver.path, LobshProcess.executable.path, scenario, work.path])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
    }
}
