/// The language's own commands: output, variables, scripts, help, and the filters that work on any table.
public struct CoreModule: CommandModule {
    public init() {}

    public let name = "kern"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "De taal zelf: uitvoer, variabelen, scripts, hulp en filters",
        en: "The language itself: output, variables, scripts, help and filters")

    public var commands: [any Command] {
        [
            Echo(), Help(), Tour(), SetVariable(), SourceScript(), ReadFile(), History(), Stop(),
            Modules(), Where(), Sort(), Columns(), First(), Count(), GroupBy(), Unique(), To(), Require(), ForEachRow(),
            IfCondition(), Fail(), ListRecipes(), RunRecipe(), DateCalculation(),
        ]
    }
}

extension Value {
    /// The value as a table for a filter, or an error naming the filter that needed one.
    func tableForFilter(_ command: String, at span: SourceSpan) throws(LOBError) -> Table {
        guard let table = asTable else { throw LOBError.usage(.filterNeedsTable, command, at: span) }
        return table
    }
}
