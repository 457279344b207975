/// A module of commands: a built-in one in LOBKit or a network's in `Plugins/`, registered the same way.
public protocol CommandModule: Sendable {
    /// A short, unique name such as `leerling`.
    var name: String { get }
    var version: String { get }
    /// The LOBKit module API this module was written for (`LOBKitInfo.apiVersion` when it was written);
    /// lobsh refuses to start with a module written for another major version.
    var apiVersion: APIVersion { get }
    /// Who maintains it: a network, a school, or `LOBKit` for the built-in modules.
    var author: String { get }
    var summary: Localized { get }
    /// The groups the module's verbs belong to.
    var groups: [CommandGroup] { get }
    /// The module's commands, in the order help lists them.
    var commands: [any Command] { get }
    /// The module's migrations, append-only; identifiers are namespaced by the module name.
    var migrations: [Migration] { get }
    /// Indicators from this module's data for the agenda's norms.
    var indicators: [any Indicator] { get }
    /// Sections this module adds to the yearly evaluation report.
    var reportSections: [any ReportSection] { get }
    /// Aggregates this module adds to `evaluatie export`.
    var aggregates: [any AggregateSource] { get }
    /// First-year results this module adds to `doorstroom succes --bron instellingen` (API 1.1).
    var successSources: [any SuccessSource] { get }
    /// Fills an empty demo store with this module's part of the fictional demo school, its dates
    /// relative to `today` (so that the demo's "this year" is always the current school year).
    func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError)
    /// Live values for Tab where an argument of `type` is typed (student numbers, activity codes).
    func completions(for type: ArgumentType, prefix: String, in store: StoreTransaction) throws(LOBError)
        -> [Completion]
}

extension CommandModule {
    public var author: String { "LOBKit" }
    public var groups: [CommandGroup] { [] }
    public var migrations: [Migration] { [] }
    public var indicators: [any Indicator] { [] }
    public var reportSections: [any ReportSection] { [] }
    public var aggregates: [any AggregateSource] { [] }
    public var successSources: [any SuccessSource] { [] }
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {}
    public func completions(for type: ArgumentType, prefix: String, in store: StoreTransaction) throws(LOBError)
        -> [Completion]
    { [] }
}
