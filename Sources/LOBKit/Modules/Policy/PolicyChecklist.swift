/// What norms B1–B3 ask of a school's policy in a school year, checked against what is recorded.
///
/// `beleid status` shows it as a table and the indicators read it, so that both judge alike.
struct PolicyChecklist {
    /// One point of the checklist.
    struct Item: Equatable {
        enum Point: CaseIterable {
            case questionsAnswered
            case councilApproval
            case studentCouncil
            case schoolPlan
            case studentsInformed
            case parentsInformed
            case published
            case studentObligation
        }

        var norm: String
        var point: Point
        var inOrder: Bool
        var explanation: Message
    }

    let schoolYear: SchoolYear
    /// Each question's answer that holds in the school year (carried over from earlier years).
    let answers: [PolicyQuestion: PolicyAnswer]
    /// The events of the school year and every year before it, by date.
    let events: [PolicyEvent]
    let obligation: StudentObligation?

    init(store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) {
        self.schoolYear = schoolYear
        answers = try store.currentPolicyAnswers(in: schoolYear)
        // Events count in their own school year and every later one: an MR's consent, a discussion in the
        // leerlingenraad, a schoolplan or a publication stays valid until the school records a new one.
        events = try store.policyEvents(upTo: schoolYear)
        obligation = try store.currentStudentObligation(in: schoolYear)
    }

    /// The questions that have an answer in the school year, in question order.
    var answeredQuestions: [PolicyQuestion] { PolicyQuestion.allCases.filter { answers[$0] != nil } }

    /// The most recent event of one of `kinds`, if any.
    func latest(_ kinds: [PolicyEventKind]) -> PolicyEvent? {
        events.last { kinds.contains($0.kind) }
    }

    /// The events that inform students or parents or publish the policy, by date.
    var publicityEvents: [PolicyEvent] {
        let kinds = PolicyEventKind.publications + [.studentsInformed, .parentsInformed]
        return events.filter { kinds.contains($0.kind) }
    }

    var items: [Item] {
        let answered = answeredQuestions
        let open = PolicyQuestion.allCases.filter { answers[$0] == nil }.map(\.rawValue)
        let questions = Item(
            norm: "B1", point: .questionsAnswered, inOrder: open.isEmpty,
            explanation: open.isEmpty
                ? Message(.policyQuestionsCount, String(answered.count))
                : Message(.policyQuestionsOpen, String(answered.count), open.joined(separator: ", ")))
        return [
            questions,
            item("B1", .councilApproval, [.councilApproval]),
            item("B1", .studentCouncil, [.studentCouncilDiscussed]),
            item("B1", .schoolPlan, [.inSchoolPlan]),
            item("B2", .studentsInformed, [.studentsInformed], orPublication: true),
            item("B2", .parentsInformed, [.parentsInformed], orPublication: true),
            item("B2", .published, PolicyEventKind.publications),
            Item(
                norm: "B3", point: .studentObligation, inOrder: obligation != nil,
                explanation: obligation.map {
                    Message(.policyObligationFrom, $0.schoolYear.description, $0.recorded.description)
                } ?? Message(.policyObligationMissing)),
        ]
    }

    /// The item for one point that an event of one of `kinds` satisfies, or (`orPublication`) a publication.
    ///
    /// A publication in the schoolgids or on the portal informs students and parents too (the agenda names
    /// both as the way to inform them); the explanation then says that the direct event is not recorded.
    private func item(_ norm: String, _ point: Item.Point, _ kinds: [PolicyEventKind], orPublication: Bool = false)
        -> Item
    {
        if let event = latest(kinds) {
            return Item(
                norm: norm, point: point, inOrder: true,
                explanation: Message(.policyEventOn, event.kind.rawValue, event.date.description))
        }
        let names = kinds.map(\.rawValue).joined(separator: " / ")
        if orPublication, let publication = latest(PolicyEventKind.publications) {
            return Item(
                norm: norm, point: point, inOrder: true,
                explanation: Message(
                    .policyEventInstead, publication.kind.rawValue, publication.date.description, names))
        }
        let alternatives = orPublication ? kinds + PolicyEventKind.publications : kinds
        return Item(
            norm: norm, point: point, inOrder: false,
            explanation: Message(.policyEventMissing, alternatives.map(\.rawValue).joined(separator: " / ")))
    }
}

extension PolicyChecklist.Item.Point {
    /// What the point checks, as `beleid status` names it.
    var message: Message {
        switch self {
        case .questionsAnswered: Message(.policyPointQuestions)
        case .councilApproval: Message(.policyPointCouncilApproval)
        case .studentCouncil: Message(.policyPointStudentCouncil)
        case .schoolPlan: Message(.policyPointSchoolPlan)
        case .studentsInformed: Message(.policyPointStudentsInformed)
        case .parentsInformed: Message(.policyPointParentsInformed)
        case .published: Message(.policyPointPublished)
        case .studentObligation: Message(.policyPointStudentObligation)
        }
    }
}
