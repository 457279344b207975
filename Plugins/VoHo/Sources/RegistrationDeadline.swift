import LOBKit

/// The 1 May deadline for registering for a bachelor programme in one school year: a student who registers by
/// 1 May (1 May itself included) has the right to a studiekeuzecheck, and a programme may not refuse them for
/// its sake. Later registrations are often still possible, but without that right.
struct RegistrationDeadline: Sendable {
    let schoolYear: SchoolYear
    /// 1 May of the school year's second calendar year.
    let date: LOBDate
    /// 1 August: a registration from before the school year does not count for it.
    let firstDay: LOBDate

    init(_ schoolYear: SchoolYear) throws(LOBError) {
        guard let date = LOBDate(year: schoolYear.startYear + 1, month: 5, day: 1),
            let firstDay = LOBDate(year: schoolYear.startYear, month: 8, day: 1)
        else {
            throw LOBError(.failed, Message(VoHoText.noDeadline, schoolYear.description))
        }
        self.schoolYear = schoolYear
        self.date = date
        self.firstDay = firstDay
    }

    /// Whether a registration on `day` gives the right to a studiekeuzecheck in this school year.
    func isOnTime(_ day: LOBDate) -> Bool { day >= firstDay && day <= date }

    /// `1 mei 2027` in the language asked for.
    func written(_ language: UILanguage) -> String {
        (language == .english ? "1 May " : "1 mei ") + String(date.year)
    }
}
