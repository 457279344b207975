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
        let end = ObligationSchedule.lastDay(of: schoolYear)
        func counts(_ date: LOBDate) -> Bool { end.map { date <= $0 } ?? true }
        let participations = try store.participations(ParticipationQuery(until: end)).filter { counts($0.date) }
        let items = try store.careerItems().filter { counts($0.date) }
        // No participations and no items at all: nothing is kept yet, which is not the same as 0%.
        guard !participations.isEmpty || !items.isEmpty else { return .noData }
        let students = try store.students(StudentQuery())
        guard !students.isEmpty else { return .noData }
        let withDocument =
            Set(participations.filter(\.hasReflection).map(\.studentNumber)).union(items.map(\.studentNumber))
        let count = students.filter { withDocument.contains($0.number) }.count
        let percent = Int((Double(count) * 100 / Double(students.count)).rounded())
        let message = Message(.dossierIndicatorValue, String(percent), String(count), String(students.count))
        return .value(
            Localized(nl: message.text(.dutch), en: message.text(.english)),
            inOrder: count * 100 >= Self.threshold * students.count)
    }
}
