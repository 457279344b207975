import Foundation

/// `database backup BESTAND`: an online backup of the open database, checked before it counts.
struct DatabaseBackup: Command {
    static let spec = CommandSpec(
        "backup", group: "database", aliases: ["back-up"],
        summary: Localized(
            nl:
                "Kopieert de database terwijl hij open is (SQLite's online backup) naar een nieuw bestand, alleen leesbaar voor jou, en controleert de kopie; terugzetten: lobsh --db BESTAND",
            en:
                "Copies the database while it is open (SQLite's online backup) to a new file, readable by you only, and checks the copy; to restore: lobsh --db FILE"
        ),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(nl: "Het bestand voor de backup", en: "The file for the backup"))
        ],
        flags: [
            Flag.switch(
                "overschrijf", aliases: ["overwrite"],
                help: Localized(
                    nl: "Vervangt een bestaand bestand (standaard: weigeren)",
                    en: "Replaces an existing file (default: refuse)"))
        ],
        examples: [
            Example(
                "database backup backup-school.sqlite",
                Localized(nl: "Een backup naast de huidige map", en: "A backup in the current folder")),
            Example(
                "database backup backup-school.sqlite --overschrijf",
                Localized(nl: "De vorige backup vervangen", en: "Replace the previous backup")),
        ],
        // It copies the database from a read transaction of its own, so it must not run inside one.
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let name = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let path = context.resolvePath(name)
        // Inside a script's loop or a pipeline that holds the database, the copy would wait for itself.
        if context.session.activeTransaction != nil {
            throw LOBError(.failed, Message(.backupNeedsOwnStatement), at: context.callSpan)
        }
        let store = try context.session.store()
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw LOBError(.failed, Message(.fileIsDirectory, name), at: span) }
            if let database = store.path, Self.sameFile(database, path) {
                throw LOBError(.failed, Message(.backupIsDatabase, name), at: span)
            }
            guard arguments.isSet("overschrijf") else {
                throw LOBError(.failed, Message(.backupExists, name), at: span)
            }
            do {
                try manager.removeItem(atPath: path)
            } catch {
                throw LOBError(.failed, Message(.backupFailed, name, error.localizedDescription), at: span)
            }
        }
        let pages: Int
        do {
            pages = try store.makeBackup(to: path, shownAs: name, at: Date())
        } catch {
            throw error.located(at: span)
        }
        return .text(Message(.backupMade, name, String(pages)).text(context.language))
    }

    private static func sameFile(_ first: String, _ second: String) -> Bool {
        URL(fileURLWithPath: first).resolvingSymlinksInPath().path
            == URL(fileURLWithPath: second).resolvingSymlinksInPath().path
    }
}
