/// What can happen to the policy that norms B1 and B2 ask about: approval, the schoolplan, informing.
public enum PolicyEventKind: String, CaseIterable, Sendable {
    case councilApproval = "mr-instemming"
    case studentCouncilDiscussed = "leerlingenraad-besproken"
    case inSchoolPlan = "in-schoolplan"
    case publishedInSchoolGuide = "gepubliceerd-schoolgids"
    case publishedOnPortal = "gepubliceerd-portal"
    case parentsInformed = "ouders-geinformeerd"
    case studentsInformed = "leerlingen-geinformeerd"

    /// The kinds that make the policy public; each of them informs students and parents too.
    static let publications: [PolicyEventKind] = [.publishedInSchoolGuide, .publishedOnPortal]
}

/// One recorded event, such as the MR's consent on a date.
struct PolicyEvent: Sendable, Equatable {
    var kind: PolicyEventKind
    var date: LOBDate
    /// Where it is written down (a decision number, a page of the schoolgids); empty when not given.
    var reference: String

    var schoolYear: SchoolYear { date.schoolYear }
}
