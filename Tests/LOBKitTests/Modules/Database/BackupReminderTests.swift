import Foundation
import Testing

@testable import LOBKit

@MainActor
struct BackupReminderTests {
    static let day: TimeInterval = 86_400
    static let start = Date(timeIntervalSince1970: 1_795_000_000)  // a fixed clock: 2026-11-18

    @Test(
        arguments: [
            // (days since the last backup (nil: never), days since the last reminder (nil: never), age, due)
            (nil, nil, 7, true), (nil, 3.0, 7, false), (nil, 7.0, 7, true), (6.9, nil, 7, false), (7.1, nil, 7, true),
            (30.0, 6.0, 7, false), (30.0, 8.0, 7, true), (30.0, nil, 0, false), (20.0, nil, 30, false),
            (30.0, -2.0, 7, true),
        ] as [(Double?, Double?, Int, Bool)])
    func dueWhenTheBackupIsTooOldAndTheLastReminderAWeekAgo(
        backupDays: Double?, reminderDays: Double?, age: Int, due: Bool
    ) {
        let now = Self.start
        #expect(
            BackupReminder.isDue(
                now: now, lastBackup: backupDays.map { now.addingTimeInterval(-$0 * Self.day) },
                lastReminder: reminderDays.map { now.addingTimeInterval(-$0 * Self.day) }, ageDays: age) == due)
    }

    @Test func remindsOnceAWeekUntilABackupIsMade() throws {
        let school = try DatabaseTestSchool()
        let reminder = BackupReminder(statePath: school.path("state/lobsh/backup-herinnering"))
        let now = Self.start
        #expect(try reminder.reminder(for: school.store, now: now) == Message(.backupReminderNever))
        #expect(try reminder.reminder(for: school.store, now: now.addingTimeInterval(3 * Self.day)) == nil)
        #expect(
            try reminder.reminder(for: school.store, now: now.addingTimeInterval(7 * Self.day))
                == Message(.backupReminderNever))
        try school.store.transaction { transaction throws(LOBError) in
            try transaction.recordBackup(path: "kopie.sqlite", pages: 10, at: now.addingTimeInterval(8 * Self.day))
        }
        #expect(try reminder.reminder(for: school.store, now: now.addingTimeInterval(14 * Self.day)) == nil)
        #expect(
            try reminder.reminder(for: school.store, now: now.addingTimeInterval(16 * Self.day))
                == Message(.backupReminderOld, "2026-11-26", "8"))
        let mode = try FileManager.default.attributesOfItem(atPath: reminder.statePath)[.posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o600)
    }

    @Test func aGarbledStateFileOnlyCostsAReminder() throws {
        let school = try DatabaseTestSchool()
        let reminder = BackupReminder(statePath: school.path("herinnering"))
        try Data([0xFF, 0x00, 0xFE]).write(to: URL(fileURLWithPath: reminder.statePath))
        #expect(try reminder.reminder(for: school.store, now: Self.start) == Message(.backupReminderNever))
        #expect(try reminder.reminder(for: school.store, now: Self.start.addingTimeInterval(Self.day)) == nil)
    }

    @Test func theStateLivesUnderXDGStateHome() {
        #expect(
            BackupReminder.defaultStatePath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
                == "/s/lobsh/backup-herinnering")
        #expect(
            BackupReminder.defaultStatePath(environment: ["HOME": "/h"]) == "/h/.local/state/lobsh/backup-herinnering")
    }
}
