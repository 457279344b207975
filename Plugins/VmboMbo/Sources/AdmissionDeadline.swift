import LOBKit

/// The 1 April deadline of the right to admission (toelatingsrecht) to mbo in one school year: a student who
/// applies by 1 April of the exam year (1 April itself included, as the WEB has it) must be admitted.
struct AdmissionDeadline: Sendable {
    let schoolYear: SchoolYear
    /// 1 April of the school year's second calendar year.
    let date: LOBDate
    /// 1 August: an application from before the school year does not count for it.
    let firstDay: LOBDate

    init(_ schoolYear: SchoolYear) throws(LOBError) {
        guard let date = LOBDate(year: schoolYear.startYear + 1, month: 4, day: 1),
            let firstDay = LOBDate(year: schoolYear.startYear, month: 8, day: 1)
        else {
            throw LOBError(.failed, Message(HandoverText.noDeadline, schoolYear.description))
        }
        self.schoolYear = schoolYear
        self.date = date
        self.firstDay = firstDay
    }

    /// Whether an application on `day` keeps the right to admission in this school year.
    func isOnTime(_ day: LOBDate) -> Bool { day >= firstDay && day <= date }

    /// `1 april 2027` in the language asked for.
    func written(_ language: UILanguage) -> String {
        (language == .english ? "1 April " : "1 april ") + String(date.year)
    }
}

extension LOBDate {
    /// Days since 1 January 1970 in the proleptic Gregorian calendar, to count the days between two dates.
    var dayNumber: Int {
        // Howard Hinnant's days_from_civil: years start on 1 March, so leap days come last.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The number of days from this date to `other` (negative when `other` is earlier).
    func days(until other: LOBDate) -> Int { other.dayNumber - dayNumber }

    /// The date `count` days later (earlier when negative).
    func adding(days count: Int) -> LOBDate {
        // Hinnant's civil_from_days.
        let shifted = dayNumber + count + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return LOBDate(year: year, month: month, day: day) ?? self
    }
}
