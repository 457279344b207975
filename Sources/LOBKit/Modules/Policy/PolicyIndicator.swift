/// The policy module's indicators for norms B1–B3, read from the same checklist as `beleid status`.
struct PolicyIndicator: Indicator {
    enum Measure: CaseIterable {
        case questionsAnswered
        case councilApproval
        case studentCouncil
        case schoolPlan
        case publications
        case studentObligation
    }

    let measure: Measure

    static let all = Measure.allCases.map(PolicyIndicator.init(measure:))

    var id: String {
        switch measure {
        case .questionsAnswered: "beleid.vragen-beantwoord"
        case .councilApproval: "beleid.mr-instemming"
        case .studentCouncil: "beleid.leerlingenraad"
        case .schoolPlan: "beleid.schoolplan"
        case .publications: "beleid.publicaties"
        case .studentObligation: "beleid.inspanningsverplichting"
        }
    }

    var norms: [String] {
        switch measure {
        case .questionsAnswered, .councilApproval, .studentCouncil, .schoolPlan: ["B1"]
        case .publications: ["B2"]
        case .studentObligation: ["B3"]
        }
    }

    var name: Localized {
        switch measure {
        case .questionsAnswered:
            Localized(nl: "Beantwoorde beleidsvragen (P1–P7)", en: "Policy questions answered (P1–P7)")
        case .councilApproval:
            Localized(nl: "Instemming van de MR met het LOB-beleid", en: "The MR's consent to the LOB policy")
        case .studentCouncil:
            Localized(
                nl: "LOB-beleid besproken met de leerlingenraad", en: "LOB policy discussed with the student council")
        case .schoolPlan: Localized(nl: "LOB-beleid in het schoolplan", en: "LOB policy in the schoolplan")
        case .publications:
            Localized(
                nl: "Publicaties en informatie aan leerlingen en ouders",
                en: "Publications and information to students and parents")
        case .studentObligation:
            Localized(
                nl: "Inspanningsverplichting van leerlingen vastgelegd",
                en: "Students' inspanningsverplichting recorded")
        }
    }

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        // Without anything recorded yet, "0 of 7" would read as a finding; it is only an absence of data.
        guard try store.hasPolicyData() else { return .noData }
        let checklist = try PolicyChecklist(store: store, schoolYear: schoolYear)
        switch measure {
        case .questionsAnswered:
            let count = checklist.answeredQuestions.count
            return finding(
                Message(.policyQuestionsCount, String(count)), inOrder: count == PolicyQuestion.allCases.count)
        case .councilApproval:
            return dated(checklist.latest([.councilApproval]))
        case .studentCouncil:
            return dated(checklist.latest([.studentCouncilDiscussed]))
        case .schoolPlan:
            return dated(checklist.latest([.inSchoolPlan]))
        case .publications:
            let inOrder = checklist.items.filter { $0.norm == "B2" }.allSatisfy(\.inOrder)
            let events = checklist.publicityEvents
            guard !events.isEmpty else { return finding(Message(.policyNone), inOrder: inOrder) }
            // Kinds and dates read the same in both languages.
            let list = events.map { "\($0.kind.rawValue) \($0.date)" }.joined(separator: ", ")
            return .value(Localized(nl: list, en: list), inOrder: inOrder)
        case .studentObligation:
            guard let obligation = checklist.obligation else {
                return finding(Message(.policyNotRecorded), inOrder: false)
            }
            return finding(
                Message(.policyObligationFrom, obligation.schoolYear.description, obligation.recorded.description),
                inOrder: true)
        }
    }

    private func dated(_ event: PolicyEvent?) -> IndicatorValue {
        guard let event else { return finding(Message(.policyNotRecorded), inOrder: false) }
        return .value(Localized(nl: event.date.description, en: event.date.description), inOrder: true)
    }

    private func finding(_ message: Message, inOrder: Bool) -> IndicatorValue {
        .value(Localized(nl: message.text(.dutch), en: message.text(.english)), inOrder: inOrder)
    }
}
