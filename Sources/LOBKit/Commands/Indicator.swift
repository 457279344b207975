/// A measurement from the school's own data that bears on a norm of the agenda (`B1`, `A2`…).
///
/// Modules contribute indicators (built-in ones and plug-ins alike); `agenda toon` and `agenda scan`
/// show them next to the school's own judgement.
public protocol Indicator: Sendable {
    /// A stable id, namespaced by module: `beleid.vragen-beantwoord`.
    var id: String { get }
    /// The norms it bears on.
    var norms: [String] { get }
    /// What it measures, in both languages.
    var name: Localized { get }
    /// Its value for a school year; `.noData` when the data it needs is not there.
    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue
}

/// What an indicator found: a value (and whether it meets the norm, when that can be said), or nothing.
public enum IndicatorValue: Sendable, Equatable {
    /// The data the indicator needs is not there (yet): never a made-up number.
    case noData
    /// A finding, such as `5 van 7` or `12-3-2026`, with whether it is in order when that can be judged.
    case value(Localized, inOrder: Bool?)
}
