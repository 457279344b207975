/// The inspanningsverplichting as rules (norm B3): what each group of students must do in a school year,
/// checked against the activity catalogue, and who meets it.
public struct ObligationsModule: CommandModule {
    public init() {}

    public let name = "verplichting"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "De inspanningsverplichting als regels per schooltype en leerjaar, en wie eraan voldoet",
        en: "The inspanningsverplichting as rules per school type and leerjaar, and who meets it")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "verplichting", aliases: ["obligation"],
                summary: Localized(
                    nl:
                        "Inspanningsverplichting (norm B3): regels per schooltype en leerjaar, controle per leerling, de eigen stand van een leerling",
                    en:
                        "Inspanningsverplichting (norm B3): rules per school type and leerjaar, a check per student, a student's own view"
                ))
        ]
    }

    public var commands: [any Command] { [ObligationAdd(), ObligationList(), ObligationDelete(), ObligationCheck()] }

    public var migrations: [Migration] { ObligationSchema.migrations }

    public var indicators: [any Indicator] { [ObligationIndicator()] }

    public var aggregates: [any AggregateSource] { [ObligationAggregates()] }
}
