/// The yearly evaluation of the LOB policy with the MR (norm K1): evaluations held, the report for them, and
/// the aggregated export for a network or the national monitor.
public struct EvaluationModule: CommandModule {
    public init() {}

    public let name = "evaluatie"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "De jaarlijkse evaluatie van het LOB-beleid met de MR (norm K1), het jaarverslag en de export",
        en: "The yearly evaluation of the LOB policy with the MR (norm K1), the yearly report and the export")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "evaluatie", aliases: ["evaluation"],
                summary: Localized(
                    nl:
                        "De jaarlijkse evaluatie met de MR: vastleggen, het verslag, export naar netwerk of Expertisepunt",
                    en: "The yearly evaluation with the MR: recording it, the report, export to a network or monitor"))
        ]
    }

    public var commands: [any Command] {
        [EvaluationRegister(), EvaluationList(), EvaluationReport(), EvaluationExport(), EvaluationMerge()]
    }

    public var migrations: [Migration] { EvaluationSchema.migrations }

    public var indicators: [any Indicator] { [EvaluationIndicator()] }

    public var reportSections: [any ReportSection] { [EvaluationReportSection()] }
}
