/// What a trainer needs in the workshop room: the demo school as a sandbox that can be reset.
public struct WorkshopModule: CommandModule {
    public init() {}

    public let name = "workshop"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Voor workshops: de demoschool terugzetten", en: "For workshops: resetting the demo school")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "demo",
                summary: Localized(
                    nl: "De demoschool (lobsh --demo): terugzetten naar het begin; gegenereerde scholen op schaal",
                    en: "The demo school (lobsh --demo): back to the start; generated schools at scale"))
        ]
    }

    public var commands: [any Command] { [DemoReset(), DemoGenerate()] }
}
