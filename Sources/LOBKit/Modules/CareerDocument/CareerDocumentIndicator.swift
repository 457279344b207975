/// Norm A4's measure of the career document: the share of the current students whose document holds at
/// least one reflection (a participation with any of the four fields filled in) or item, by the end of the
/// school year measured.
struct CareerDocumentIndicator: Indicator {
    let id = "dossier.met-reflecties"
    let norms = ["A4"]
    let name = Localized(
        nl: "Leerlingen met een reflectie of item in hun loopbaandossier",
        en: "Students with a reflection or item in their career document")

    /// In order from this share of students.
    static let threshold = 80

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        // No participations and no items at all: nothing is kept yet, which is not the same as 0%.
        guard let tally = try store.careerDocumentTally(until: ObligationSchedule.lastDay(of: schoolYear)),
            tally.students > 0
        else { return .noData }
        let (count, students) = (tally.withDocument, tally.students)
        let percent = Int((Double(count) * 100 / Double(students)).rounded())
        let message = Message(.dossierIndicatorValue, String(percent), String(count), String(students))
        return .value(
            Localized(nl: message.text(.dutch), en: message.text(.english)),
            inOrder: count * 100 >= Self.threshold * students)
    }
}
