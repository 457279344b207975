/// When in a school year a rule's activities are due, for "op schema".
///
/// The catalogue does not say when each activity takes place, so the schedule is pro rata: by a peildatum a
/// student should have done the share of what a rule asks that matches the share of the school year
/// (1 August to 31 July) that has passed, rounded to the nearest whole activity. Halfway through the year,
/// one of two open days; on 31 July, everything.
enum ObligationSchedule {
    /// 1 August of the school year.
    static func firstDay(of year: SchoolYear) -> LOBDate? {
        LOBDate(year: year.startYear, month: 8, day: 1)
    }

    /// 31 July of the school year.
    static func lastDay(of year: SchoolYear) -> LOBDate? {
        LOBDate(year: year.startYear + 1, month: 7, day: 31)
    }

    /// How many of `required` activities should be done by `date`, in the school year it falls in.
    static func due(_ required: Int, on date: LOBDate) -> Int {
        guard let first = firstDay(of: date.schoolYear), let last = lastDay(of: date.schoolYear) else {
            return required
        }
        let total = dayNumber(last) - dayNumber(first) + 1
        let elapsed = min(max(dayNumber(date) - dayNumber(first) + 1, 0), total)
        // required × elapsed / total, rounded half up, in whole numbers.
        return (2 * required * elapsed + total) / (2 * total)
    }

    static func dayNumber(_ date: LOBDate) -> Int { date.dayNumber }
}
