/// Tables whose rows never leave the school's database: not through `sql`, not in any export.
///
/// A module with confidential data adds its table here; `sql` refuses any statement that reads one of them,
/// directly or through a view, a subquery, a CTE or `count(*)`.
public enum PrivateTables {
    /// The conversations module's private working notes of mentors.
    public static let names: [String] = ["gesprek_werkaantekening"]
}
