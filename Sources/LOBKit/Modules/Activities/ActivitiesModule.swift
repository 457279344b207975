/// The school's LOB programme: the activity catalogue, its coverage and its coherence.
public struct ActivitiesModule: CommandModule {
    public init() {}

    public let name = "activiteit"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "De activiteitencatalogus: welke activiteiten, voor wie, welke loopbaancompetenties, en de dekking",
        en: "The activity catalogue: which activities, for whom, which career competencies, and the coverage")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "activiteit", aliases: ["activity"],
                summary: Localized(
                    nl: "LOB-activiteiten: de catalogus, dekking per leerjaar en competentie, samenhang",
                    en: "LOB activities: the catalogue, coverage per year and competency, coherence"))
        ]
    }

    public var commands: [any Command] {
        [
            ActivityList(), ActivityShow(), ActivityAdd(), ActivityEdit(), ActivityDelete(), ActivityImport(),
            ActivityCoverage(), ActivityCoherence(),
        ]
    }

    public var migrations: [Migration] { ActivitySchema.migrations }

    public var reportSections: [any ReportSection] { [ProgrammeReportSection()] }

    public var indicators: [any Indicator] { ActivityIndicator.all }

    /// Activity codes for `OD<Tab>`, and for `Open<Tab>` the codes of activities with a word of the name so.
    public func completions(for type: ArgumentType, prefix: String, in store: StoreTransaction) throws(LOBError)
        -> [Completion]
    {
        guard type == .activityCode else { return [] }
        func starts(_ text: String) -> Bool {
            Value.compareText(String(text.prefix(prefix.count)), prefix) == .orderedSame
        }
        return try store.activities().filter { activity in
            starts(activity.code) || activity.name.split(separator: " ").contains { starts(String($0)) }
        }
        .map { Completion($0.code, display: "\($0.code)  \($0.name)") }
    }

    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        for activity in DemoCatalogue.activities { try store.saveActivity(activity) }
    }
}
