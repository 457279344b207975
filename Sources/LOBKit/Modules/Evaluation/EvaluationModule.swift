/// The yearly evaluation of the LOB policy with the MR (norm K1): evaluations held, and the report for them.
public struct EvaluationModule: CommandModule {
    public init() {}

    public let name = "evaluatie"
    public let version = "1.0.0"
    public let summary = Localized(
        nl: "De jaarlijkse evaluatie van het LOB-beleid met de MR (norm K1) en het jaarverslag",
        en: "The yearly evaluation of the LOB policy with the MR (norm K1) and the yearly report")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "evaluatie", aliases: ["evaluation"],
                summary: Localized(
                    nl: "De jaarlijkse evaluatie met de MR: vastleggen, en het verslag uit alle gegevens",
                    en: "The yearly evaluation with the MR: recording it, and the report from all the data"))
        ]
    }

    public var commands: [any Command] {
        [EvaluationRegister(), EvaluationList(), EvaluationReport()]
    }

    public var migrations: [Migration] { EvaluationSchema.migrations }

    public var indicators: [any Indicator] { [EvaluationIndicator()] }

    public var reportSections: [any ReportSection] { [EvaluationReportSection()] }
}
