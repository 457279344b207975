/// The school years a training still counts in: the last `years` school years up to and including `until`.
///
/// `team zonder-scholing` and the A3 indicator use the same window, so that the mentors one lists are the
/// ones the other counts as not trained.
struct TrainingWindow: Equatable {
    let first: LOBDate
    let last: LOBDate

    /// The window of `years` (at least 1) school years ending with `until`.
    init?(years: Int, until: SchoolYear) {
        guard years >= 1, let first = Self.firstDay(of: SchoolYear(validStartYear: until.startYear - years + 1)),
            let last = Self.lastDay(of: until)
        else { return nil }
        self.first = first
        self.last = last
    }

    func contains(_ date: LOBDate) -> Bool { first <= date && date <= last }

    /// 1 August of the school year.
    static func firstDay(of year: SchoolYear) -> LOBDate? { LOBDate(year: year.startYear, month: 8, day: 1) }

    /// 31 July of the school year.
    static func lastDay(of year: SchoolYear) -> LOBDate? { LOBDate(year: year.startYear + 1, month: 7, day: 31) }
}
