/// The yearly evaluation (norm K1): the report for the board and the MR, and the aggregated export for a
/// network or the national monitor.
public struct EvaluationModule: CommandModule {
    public init() {}

    public let name = "evaluatie"
    public let version = "1.0.0"
    public let summary = Localized(
        nl: "De jaarlijkse evaluatie: rapport voor bestuur en MR, geaggregeerde export voor netwerk en monitor",
        en: "The yearly evaluation: report for the board and MR, aggregated export for network and monitor")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "evaluatie", aliases: ["evaluation"],
                summary: Localized(
                    nl: "De jaarlijkse evaluatie (norm K1): rapport, export naar netwerk of Expertisepunt, samenvoegen",
                    en: "The yearly evaluation (norm K1): report, export to a network or the Expertisepunt, combining"))
        ]
    }

    public var commands: [any Command] { [EvaluationExport(), EvaluationMerge()] }
}
