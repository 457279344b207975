import LOBKit

/// What one institution reports back about the school's former students in their first year: for one cohort (the
/// exam year), prior education and sector, how many started and how they fared. Counts of 1 to 4 may come as `<5`
/// and are kept as the range 1–4, never as 0 or 5.
struct FirstYearResult: Sendable, Equatable {
    var cohort: Int
    var institution: String
    var kind: HigherKind
    /// `havo` or `vwo`.
    var priorEducation: SchoolType
    /// The sector or type of programme, such as `Economie` or `Gezondheidszorg`.
    var sector: String
    var started: CountRange
    /// Still enrolled in the same programme after the first year.
    var continued: CountRange
    /// In another programme after the first year.
    var switched: CountRange
    /// Left higher education.
    var droppedOut: CountRange
    /// A positive binding study advice (BSA); nil when the institution did not say.
    var bsaPositive: CountRange?

    /// The part of `started` whose status the institution did not give: a range when any count is one.
    var unknown: CountRange {
        let known = continued + switched + droppedOut
        return CountRange(low: max(0, started.low - known.high), high: max(0, started.high - known.low))
    }
}

/// Hogeschool or universiteit.
enum HigherKind: String, CaseIterable, Sendable {
    case hbo
    case wo

    static let names = allCases.map(\.rawValue)

    /// The doorstroom destination it is.
    var destination: Destination { self == .hbo ? .hbo : .wo }
}
