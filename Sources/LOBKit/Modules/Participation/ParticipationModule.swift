/// Who took part in which activity, with the reflection in the four fields of the loopbaandossier.
public struct ParticipationModule: CommandModule {
    public init() {}

    public let name = "deelname"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Deelname aan activiteiten, met de reflectie (beoogde doelen, resultaten, evaluatie, vervolgactiviteiten)",
        en: "Participation in activities, with the reflection (intended goals, results, evaluation, follow-up)")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "deelname", aliases: ["participation"],
                summary: Localized(
                    nl: "Deelnames registreren, reflecties vastleggen, opvragen wie wat deed",
                    en: "Registering participations, recording reflections, looking up who did what"))
        ]
    }

    public var commands: [any Command] {
        [
            ParticipationRegister(), ParticipationImport(), ParticipationReflection(), ParticipationList(),
            ParticipationsWithoutReflection(),
        ]
    }

    public var migrations: [Migration] { ParticipationSchema.migrations }

    public var aggregates: [any AggregateSource] { [ParticipationAggregates()] }

    public var reportSections: [any ReportSection] { [ReflectionQuotesReportSection()] }
}
