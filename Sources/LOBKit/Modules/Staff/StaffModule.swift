/// The team behind the career conversations (norm A3): who guides students in which role, and the training
/// (professionalisering) they followed.
///
/// Staff members are linked to the roster's mentors and to conversation participants by name (see
/// `StaffName`), not by a link of their own.
public struct StaffModule: CommandModule {
    public init() {}

    public let name = "team"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Het LOB-team: mentoren, decaan, LOB-coördinator en docenten, en hun scholing",
        en: "The LOB team: mentors, decaan, LOB coordinator and teachers, and their training")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "team", aliases: ["staff"],
                summary: Localized(
                    nl: "Het team dat leerlingen begeleidt (norm A3): rollen, klassen, gesprekken, scholing",
                    en: "The team that guides students (norm A3): roles, classes, conversations, training"))
        ]
    }

    public var commands: [any Command] {
        [
            StaffAdd(), StaffList(), StaffDelete(), StaffTrainingAdd(), StaffTrainingList(), StaffWithoutTraining(),
        ]
    }

    public var migrations: [Migration] { StaffSchema.migrations }

    public var indicators: [any Indicator] { [StaffIndicator()] }
}
