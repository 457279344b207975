/// Doorstroom (norm K1): where alumni went after the exam and how they fared one year later, from the
/// school's own records per alumnus and from DUO's open data 'Bestemming vo-gediplomeerden'.
///
/// A cohort is the calendar year of the exam: cohort 2025 sat the exam in the summer of 2025 (school year
/// 2024-2025). The yearly report for school year 2025-2026 therefore shows cohort 2026 at the latest.
public struct TransitionModule: CommandModule {
    public init() {}

    public let name = "doorstroom"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Doorstroom: bestemmingen van oud-leerlingen en succes na een jaar, eigen gegevens en DUO",
        en: "Transition: alumni destinations and success after one year, own records and DUO's")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "doorstroom", aliases: ["transition"],
                summary: Localized(
                    nl: "Bestemmingen van oud-leerlingen en succes na een jaar (norm K1)",
                    en: "Alumni destinations and success after one year (norm K1)"))
        ]
    }

    public var commands: [any Command] {
        [TransitionRegister(), TransitionImport(), TransitionOverview(), TransitionSuccess(), TransitionTrend()]
    }

    public var migrations: [Migration] { TransitionSchema.migrations }

    public var reportSections: [any ReportSection] { [DestinationReportSection(), SuccessReportSection()] }

    public var aggregates: [any AggregateSource] { [DestinationAggregate(), SuccessAggregate()] }
}
