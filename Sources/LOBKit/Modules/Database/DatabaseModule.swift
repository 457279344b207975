/// The database file itself: online backups checked for integrity, an integrity check of the open database,
/// and how old the last backup may be before lobsh reminds its user.
public struct DatabaseModule: CommandModule {
    public init() {}

    public let name = "database"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "De databasebestand zelf: backups, controle op beschadiging, de backupherinnering",
        en: "The database file itself: backups, a check for damage, the backup reminder")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "database", aliases: ["db"],
                summary: Localized(
                    nl: "Backups maken en controleren, de database controleren",
                    en: "Make and check backups, check the database"))
        ]
    }

    public var commands: [any Command] { [DatabaseBackup(), DatabaseCheck(), DatabaseBackupAge()] }

    public var migrations: [Migration] { DatabaseSchema.migrations }
}
