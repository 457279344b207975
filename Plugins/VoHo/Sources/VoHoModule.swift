public import LOBKit

/// A VO-HO network's module: the higher-education open days, proefstudeerdagen and meeloopdagen of the network's
/// institutions as activities; the studiekeuzecheck (registration by 1 May gives the right to one) with its advice
/// per student and the conversation that should follow a doubt or a negative one; and the first-year results
/// institutions send back, aggregated, which also feed `doorstroom succes --bron instellingen`.
public struct VoHoModule: CommandModule {
    public init() {}

    public let name = "vo-ho"
    public let version = "1.0.0"
    /// 1.1: the module contributes to `doorstroom succes` through `successSources`.
    public let apiVersion = APIVersion(major: 1, minor: 2)
    public let author = "Netwerk VO-HO Zuid (voorbeeld)"
    public let summary = Localized(
        nl:
            "VO-HO: activiteiten van hogescholen en universiteiten, aanmelding uiterlijk 1 mei en de studiekeuzecheck met nagesprek, eerstejaarsresultaten",
        en:
            "VO-HO: activities of universities, registration by 1 May and the study choice check with its follow-up, first-year results"
    )

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "hoger", aliases: ["higher"],
                summary: Localized(
                    nl:
                        "Hoger onderwijs (netwerk VO-HO): activiteiten, aanmelding en studiekeuzecheck, eerstejaarsresultaten",
                    en:
                        "Higher education (VO-HO network): activities, registration and study choice check, first-year results"
                ))
        ]
    }

    public var commands: [any Command] {
        [
            HigherRegister(), HigherList(), HigherRisk(), HigherFollowUp(), HigherDebrief(), HigherActivities(),
            HigherImport(), HigherResults(),
        ]
    }

    public var migrations: [Migration] { VoHoSchema.migrations }

    public var indicators: [any Indicator] { [RegistrationIndicator()] }

    public var reportSections: [any ReportSection] { [VoHoReportSection()] }

    public var aggregates: [any AggregateSource] { [CheckAggregate()] }

    public var successSources: [any SuccessSource] { [FirstYearSuccessSource()] }
}
