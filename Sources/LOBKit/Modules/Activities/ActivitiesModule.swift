/// The school's LOB programme: the activity catalogue, its coverage and its coherence.
public struct ActivitiesModule: CommandModule {
    public init() {}

    public let name = "activiteit"
    public let version = "1.0.0"
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

    public var commands: [any Command] { [] }

    public var migrations: [Migration] { ActivitySchema.migrations }

    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        for activity in DemoCatalogue.activities { try store.saveActivity(activity) }
    }
}
