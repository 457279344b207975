/// The agenda scan in `evaluatie export`: the school's status per norm, not a count.
///
/// A status is no personal data and no count of students, so it is not a table to suppress: the export
/// carries it in a `scan` object of its own (norm → status), and `evaluatie samenvoegen` counts the schools
/// per status. A norm not assessed in the school year is left out.
enum AgendaScanExport {
    static func statuses(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> [String: String] {
        try store.currentAssessments(schoolYear).mapValues(\.status.rawValue)
    }
}
