public import Foundation

/// The reminder lobsh gives at an interactive start when the last backup is older than
/// `database backupleeftijd` (default 7 days): at most once a week, the last time kept in a state file.
///
/// Scripts stay quiet: only lobsh's interactive start asks for it.
public struct BackupReminder: Sendable {
    /// Days the last backup may be old when `database backupleeftijd` was never set.
    public static let defaultAgeDays = 7
    /// The least time between two reminders.
    static let interval: TimeInterval = 7 * 86_400

    /// The file holding when the last reminder was given.
    public let statePath: String

    public init(statePath: String) {
        self.statePath = statePath
    }

    /// `$XDG_STATE_HOME/lobsh/backup-herinnering`, else `~/.local/state/lobsh/backup-herinnering`.
    public static func defaultStatePath(environment: [String: String]) -> String {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        }
        return base + "/lobsh/backup-herinnering"
    }

    /// The reminder due at `now` for `store`, nil when none is; a reminder returned is recorded as given.
    public func reminder(for store: Store, now: Date) throws(LOBError) -> Message? {
        let (lastBackup, ageDays) = try store.transaction { transaction throws(LOBError) in
            (try transaction.lastBackupTime(), try transaction.backupAgeDays())
        }
        guard
            Self.isDue(now: now, lastBackup: lastBackup, lastReminder: lastReminderTime(), ageDays: ageDays)
        else { return nil }
        record(now)
        guard let lastBackup else { return Message(.backupReminderNever) }
        let days = Int(now.timeIntervalSince(lastBackup) / 86_400)
        return Message(.backupReminderOld, String(StoreTransaction.timestamp(lastBackup).prefix(10)), String(days))
    }

    /// Due when reminders are on, the last backup (if any) is older than `ageDays`, and the last reminder (if
    /// any) was a week or more ago. A reminder time in the future (a clock set back) does not silence it.
    static func isDue(now: Date, lastBackup: Date?, lastReminder: Date?, ageDays: Int) -> Bool {
        guard ageDays > 0 else { return false }
        if let lastBackup, now.timeIntervalSince(lastBackup) < Double(ageDays) * 86_400 { return false }
        if let lastReminder, lastReminder <= now, now.timeIntervalSince(lastReminder) < interval { return false }
        return true
    }

    /// When the last reminder was given; nil when never, or when the file is unreadable or garbage.
    func lastReminderTime() -> Date? {
        guard let data = FileManager.default.contents(atPath: statePath),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        return StoreTransaction.date(fromTimestamp: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes `now` to the state file, private to its owner; a folder it cannot write only costs a repeat.
    private func record(_ now: Date) {
        let folder = URL(fileURLWithPath: statePath).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        _ = FileManager.default.createFile(
            atPath: statePath, contents: Data((StoreTransaction.timestamp(now) + "\n").utf8),
            attributes: [.posixPermissions: 0o600])
    }
}
