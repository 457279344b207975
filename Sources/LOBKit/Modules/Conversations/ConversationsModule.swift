/// Career conversations (loopbaangesprekken) and the afspraken made in them.
public struct ConversationsModule: CommandModule {
    public init() {}

    public let name = "gesprek"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Loopbaangesprekken: verslag, afspraken, en de vertrouwelijke werkaantekening apart",
        en: "Career conversations: report, agreed actions, and the confidential working note kept apart")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "gesprek", aliases: ["conversation"],
                summary: Localized(
                    nl: "Loopbaangesprekken vastleggen en opvragen; afspraken volgen; wie nog geen gesprek had",
                    en: "Recording and looking up career conversations; following agreed actions; who had none yet"))
        ]
    }

    public var commands: [any Command] {
        [
            ConversationNew(), ConversationList(), ConversationShow(), ConversationEdit(), ConversationHistory(),
            ConversationAgreements(), ConversationAgreementDone(), ConversationsWithout(),
        ]
    }

    public var indicators: [any Indicator] { [ConversationCoverageIndicator(), ConversationAgreementIndicator()] }

    public var aggregates: [any AggregateSource] { [ConversationAggregates()] }

    public var migrations: [Migration] { ConversationSchema.migrations }

    public var reportSections: [any ReportSection] { [ConversationsReportSection()] }
}
