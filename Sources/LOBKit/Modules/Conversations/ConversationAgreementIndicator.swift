/// Whether the afspraken of this school year's conversations are followed up: how many are open and how
/// many of those are overdue; in order when none is overdue.
struct ConversationAgreementIndicator: Indicator {
    let id = "gesprek.afspraken"
    let norms = ["A3"]
    let name = Localized(
        nl: "Open en verlopen afspraken uit loopbaangesprekken",
        en: "Open and overdue agreed actions from career conversations")

    /// The day measured on: today in the current school year, the last day of a past one.
    let today: @Sendable () -> LOBDate

    init(today: @escaping @Sendable () -> LOBDate = { LOBDate.today() }) {
        self.today = today
    }

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        let (from, until) = ConversationIndicators.period(of: schoolYear)
        let counts = try store.conversationCounts(from: from, until: until, day: min(today(), until))
        guard counts.conversations > 0 else { return .noData }
        let open = counts.agreementsOpen
        let overdue = counts.agreementsOverdue
        func text(_ language: UILanguage) -> String {
            Message(.conversationIndicatorAgreements, String(open), String(overdue)).text(language)
        }
        return .value(Localized(nl: text(.dutch), en: text(.english)), inOrder: overdue == 0)
    }
}
