/// Counting days: deadlines (`1 april`), "in the last N weeks", schedules through a school year.
extension LOBDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`: years start
    /// on 1 March, so the leap day comes last).
    public var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (Hinnant's `civil_from_days`), or nil outside the years 1–9999.
    public init?(dayNumber: Int) {
        let days = dayNumber + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The number of days from this date to `other` (negative when `other` is earlier).
    public func days(until other: LOBDate) -> Int { other.dayNumber - dayNumber }

    /// The date `count` days later (earlier when negative), kept within the years 1–9999.
    public func adding(days count: Int) -> LOBDate {
        let first = LOBDate(year: 1, month: 1, day: 1)?.dayNumber ?? dayNumber
        let last = LOBDate(year: 9999, month: 12, day: 31)?.dayNumber ?? dayNumber
        return LOBDate(dayNumber: min(max(dayNumber + count, first), last)) ?? self
    }

    /// The date `count` months later (earlier when negative), on the same day or the month's last day
    /// (31 January plus one month is 28 or 29 February), kept within the years 1–9999.
    public func adding(months count: Int) -> LOBDate {
        let index = min(max(year * 12 + (month - 1) + count, 12), 9999 * 12 + 11)
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return LOBDate(year: newYear, month: newMonth, day: min(day, LOBDate.daysIn(month: newMonth, year: newYear)))
            ?? self
    }
}
