/// `privacy`: the AVG duties of the school's database: a retention period with a clean-up, a student's right of
/// access and erasure, and an audit log of what left the database.
public struct PrivacyModule: CommandModule {
    public init() {}

    public let name = "privacy"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Privacy (AVG): bewaartermijn en opschonen, inzage, verwijderen en het logboek van exports",
        en: "Privacy (GDPR): retention period and clean-up, access, erasure and the log of exports")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "privacy",
                summary: Localized(
                    nl: "Persoonsgegevens volgens de AVG: bewaartermijn, opschonen, inzage, verwijderen, logboek",
                    en: "Personal data under the GDPR: retention, clean-up, access, erasure, audit log"))
        ]
    }

    public var commands: [any Command] {
        [PrivacyRetention(), PrivacyPurge(), PrivacyDisclosure(), PrivacyDelete(), PrivacyLog()]
    }

    public var migrations: [Migration] { PrivacySchema.migrations }
}
