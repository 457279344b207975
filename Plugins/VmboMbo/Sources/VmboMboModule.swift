public import LOBKit

/// The *warme overdracht* of a vmbo-mbo network: final-year vmbo students with their intended mbo programme
/// and application status against the 1 April deadline, the status files mbo institutions send back,
/// consent for and export of the doorstroomdossier, and the region's mbo open days as activities.
public struct VmboMboModule: CommandModule {
    public init() {}

    public let name = "vmbo-mbo"
    public let version = "1.0.0"
    public let apiVersion = APIVersion(major: 1, minor: 2)
    public let author = "Netwerk vmbo-mbo Zuid (voorbeeld)"
    public let summary = Localized(
        nl:
            "Warme overdracht vmbo-mbo: aanmelding uiterlijk 1 april, risico's, toestemming, doorstroomdossier, open dagen",
        en: "Warm handover vmbo-mbo: applications before 1 April, risks, consent, transfer dossier, open days")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "overdracht", aliases: ["handover"],
                summary: Localized(
                    nl: "De warme overdracht van vmbo-examenleerlingen naar het mbo",
                    en: "The warm handover of final-year vmbo students to mbo"))
        ]
    }

    public var commands: [any Command] {
        [
            HandoverRegister(), HandoverList(), HandoverRisk(), HandoverImport(), HandoverConsent(),
            HandoverExport(), HandoverOpenDays(),
        ]
    }

    public var migrations: [Migration] { HandoverSchema.migrations }

    public var indicators: [any Indicator] { [HandoverIndicator()] }

    public var reportSections: [any ReportSection] { [HandoverReportSection()] }
}
