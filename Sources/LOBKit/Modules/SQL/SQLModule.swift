/// `sql`: read-only SQL over the school's tables, for power users.
public struct SQLModule: CommandModule {
    public init() {}

    public let name = "sql"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Alleen-lezen SQL op de tabellen van de school, voor gevorderde gebruikers",
        en: "Read-only SQL on the school's tables, for power users")

    public var commands: [any Command] { [SQLQuery()] }
}
