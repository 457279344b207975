/// First-year results a module contributes to `doorstroom succes --bron instellingen`: the aggregated figures
/// that follow-up institutions (hogescholen, universiteiten, mbo colleges) send back about the school's alumni.
///
/// The school's own records hold one alumnus per entry; a source's entries are counts, a range where an
/// institution published `<5`. Every entry has a status one year after the exam (`onbekend` for the part of a
/// count whose status the institution did not give). LOBKit knows nothing of the module's tables.
public protocol SuccessSource: Sendable {
    /// A stable id, namespaced by module: `vo-ho.eerstejaars`.
    var id: String { get }
    /// The figures of one cohort (the exam year), or of every cohort when `cohort` is nil.
    func successEntries(cohort: Int?, in store: StoreTransaction) throws(LOBError) -> [TransitionFigures.Entry]
}
