/// Student satisfaction (norm K1): survey results on a 1–5 scale per school year, item and group, a built-in LOB
/// questionnaire, open comments the school may mark as shareable, and small groups never reported.
public struct SatisfactionModule: CommandModule {
    public init() {}

    public let name = "tevredenheid"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Tevredenheid van leerlingen: peilingen (1–5) per schooljaar, een eigen LOB-vragenlijst, opmerkingen",
        en: "Student satisfaction: surveys (1–5) per school year, a built-in LOB questionnaire, comments")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "tevredenheid", aliases: ["satisfaction"],
                summary: Localized(
                    nl:
                        "Tevredenheid van leerlingen (norm K1): importeren, overzicht en trend, kleine groepen verborgen",
                    en: "Student satisfaction (norm K1): import, overview and trend, small groups withheld"))
        ]
    }

    public var commands: [any Command] {
        [
            SatisfactionImport(), SatisfactionOverview(), SatisfactionTrend(), SatisfactionTemplate(),
            SatisfactionItems(), SatisfactionComments(), SatisfactionCommentShareable(), SatisfactionMinimum(),
        ]
    }

    public var migrations: [Migration] { SatisfactionSchema.migrations }

    public var reportSections: [any ReportSection] { [SatisfactionReportSection(), SatisfactionQuotesSection()] }

    public var aggregates: [any AggregateSource] { [SatisfactionAggregate()] }
}
