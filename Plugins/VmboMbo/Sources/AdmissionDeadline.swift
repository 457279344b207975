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
