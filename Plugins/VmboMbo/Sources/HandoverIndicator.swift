import LOBKit

/// Norm A2 (a programme tuned to the choice process): the share of final-year vmbo students who applied to an mbo
/// programme by 1 April, the date that gives them the right to admission.
///
/// It counts today's roster of vmbo leerjaar 4 against applications dated in the school year measured. It is
/// judged in order from 90%; below that it is not judged, since the indicator cannot tell whether 1 April has
/// passed (`overdracht risico` can).
struct HandoverIndicator: Indicator {
    let id = "vmbo-mbo.aangemeld-voor-1-april"
    let norms = ["A2"]
    let name = Localized(
        nl: "Examenleerlingen vmbo aangemeld bij het mbo uiterlijk 1 april (toelatingsrecht)",
        en: "Final-year vmbo students who applied to mbo by 1 April (right to admission)")

    /// In order from this share of students who applied on time.
    static let threshold = 90

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        // Counted in the store, and only the students with an application read: only they can be on time.
        guard try store.hasApplications() else { return .noData }
        let count = try store.handoverStudentCount()
        guard count > 0 else { return .noData }
        let deadline = try AdmissionDeadline(schoolYear)
        let onTime = HandoverIndicator.onTime(try store.handoverStudents(recordedOnly: true), deadline: deadline)
        let percent = onTime * 100 / count
        let finding = Localized(
            nl: HandoverText.fill(
                HandoverText.indicatorValue,
                [String(onTime), String(count), String(percent), deadline.written(.dutch)], .dutch),
            en: HandoverText.fill(
                HandoverText.indicatorValue,
                [String(onTime), String(count), String(percent), deadline.written(.english)], .english))
        return .value(finding, inOrder: percent >= Self.threshold ? true : nil)
    }

    /// How many students applied (and may since have been placed or rejected) within the deadline.
    static func onTime(_ students: [HandoverStudent], deadline: AdmissionDeadline) -> Int {
        students.filter { student in
            guard let application = student.application, application.status.hasApplied, let date = application.date
            else { return false }
            return deadline.isOnTime(date)
        }.count
    }
}
