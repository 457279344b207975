/// Norm B3's measure of the inspanningsverplichting in practice: for how many groups rules are defined,
/// and the share of their students on schedule (see `ObligationSchedule`).
struct ObligationIndicator: Indicator {
    let id = "verplichting.op-schema"
    let norms = ["B3"]
    let name = Localized(
        nl: "Leerlingen op schema met hun inspanningsverplichting",
        en: "Students on track with their inspanningsverplichting")

    /// In order from this share of students on schedule.
    static let threshold = 80

    /// The day measured on: today in the current school year, the last day of a past one.
    let today: @Sendable () -> LOBDate

    init(today: @escaping @Sendable () -> LOBDate = { LOBDate.today() }) {
        self.today = today
    }

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        let rules = try store.obligationRules()
        // A school year that has not begun has nothing to measure yet.
        guard !rules.isEmpty, let first = ObligationSchedule.firstDay(of: schoolYear),
            let last = ObligationSchedule.lastDay(of: schoolYear), today() >= first
        else { return .noData }
        let groupCount = Set(rules.map(\.group)).count
        let groups = Message(groupCount == 1 ? .obligationGroupsOne : .obligationGroupsMany, String(groupCount))
        let tallies = try store.obligationTallies(rules, asOf: min(today(), last), met: false)
        let students = tallies.reduce(0) { $0 + $1.students }
        guard students > 0 else {
            return finding(Message(.obligationIndicatorNoStudents), groups: groups, inOrder: nil)
        }
        let onTrack = tallies.reduce(0) { $0 + $1.onTrack }
        let percent = Int((Double(onTrack) * 100 / Double(students)).rounded())
        return finding(
            Message(.obligationIndicatorShare, String(percent)), groups: groups,
            inOrder: onTrack * 100 >= Self.threshold * students)
    }

    /// `regels voor 6 groepen; 82% van de leerlingen op schema`
    private func finding(_ share: Message, groups: Message, inOrder: Bool?) -> IndicatorValue {
        func text(_ language: UILanguage) -> String {
            Message(.obligationIndicatorValue, groups.text(language), share.text(language)).text(language)
        }
        return .value(Localized(nl: text(.dutch), en: text(.english)), inOrder: inOrder)
    }
}
