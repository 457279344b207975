import LOBKit

/// Norm A2 (a programme tuned to the choice process): the share of final-year havo and vwo students who registered
/// for a bachelor programme by 1 May, which gives them the right to a studiekeuzecheck.
///
/// It counts today's roster of havo 5 and vwo 6 against registrations dated in the school year measured. It is
/// judged in order from 90%; below that it is not judged, since the indicator cannot tell whether 1 May has passed
/// (`hoger risico` can), nor who chose work, a gap year or mbo.
struct RegistrationIndicator: Indicator {
    let id = "vo-ho.aangemeld-voor-1-mei"
    let norms = ["A2"]
    let name = Localized(
        nl: "Examenleerlingen havo/vwo aangemeld voor een bachelor uiterlijk 1 mei (recht op studiekeuzecheck)",
        en: "Final-year havo/vwo students registered for a bachelor by 1 May (right to a study choice check)")

    /// In order from this share of students who registered on time.
    static let threshold = 90

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        // Counted in the store, and only the students with a registration read: only they can be on time.
        guard try store.hasRegistrations() else { return .noData }
        let count = try store.finalYearStudentCount()
        guard count > 0 else { return .noData }
        let deadline = try RegistrationDeadline(schoolYear)
        let onTime = Self.onTime(try store.finalYearStudents(registeredOnly: true), deadline: deadline)
        let percent = onTime * 100 / count
        let finding = Localized(
            nl: VoHoText.fill(
                VoHoText.indicatorValue,
                [String(onTime), String(count), String(percent), deadline.written(.dutch)], .dutch),
            en: VoHoText.fill(
                VoHoText.indicatorValue,
                [String(onTime), String(count), String(percent), deadline.written(.english)], .english))
        return .value(finding, inOrder: percent >= Self.threshold ? true : nil)
    }

    /// How many students registered within the deadline.
    static func onTime(_ students: [FinalYearStudent], deadline: RegistrationDeadline) -> Int {
        students.filter { student in student.registration.map { deadline.isOnTime($0.date) } ?? false }.count
    }
}
