/// The school's LOB policy (norms B1–B3 of the Kwaliteitsagenda LOB): the seven policy questions and their
/// answers, the events that approve and publish the policy, who carries it out, and the students' part.
public struct PolicyModule: CommandModule {
    public init() {}

    public let name = "beleid"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "LOB-beleid: de zeven beleidsvragen, instemming en publicatie, verantwoordelijken, inspanningsverplichting",
        en: "LOB policy: the seven policy questions, approval and publication, who is responsible, students' obligation"
    )

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "beleid", aliases: ["policy"],
                summary: Localized(
                    nl:
                        "LOB-beleid (normen B1 tot en met B3): beleidsvragen, gebeurtenissen, verantwoordelijken, de stand",
                    en: "LOB policy (norms B1 to B3): policy questions, events, who is responsible, the state"))
        ]
    }

    public var commands: [any Command] {
        [
            PolicyQuestionList(), PolicyAnswerQuestion(), PolicyAnswerHistory(), PolicyShow(), PolicyEventAdd(),
            PolicyEventList(), PolicyResponsibles(), PolicyStudentObligation(), PolicyStatus(),
        ]
    }

    public var migrations: [Migration] { PolicySchema.migrations }

    public var indicators: [any Indicator] { PolicyIndicator.all }
}
