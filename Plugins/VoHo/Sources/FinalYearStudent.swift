import LOBKit

/// A final-year havo or vwo student (havo 5, vwo 6) with their registration for a bachelor programme, if any.
struct FinalYearStudent: Sendable {
    var id: Int
    var number: String
    var fullName: String
    var className: String
    var schoolType: String
    var mentor: String
    /// Surname and given name, the order lists sort by.
    var sortName: [String]
    var registration: Registration?
    /// The date of the student's first conversation on or after the advice, nil when there was none.
    var followUp: LOBDate?

    /// `1042 Noor Bakker`, as notices name a student.
    var label: String { number + " " + fullName }

    /// Where the student stands: not registered, registered, check done, advice received.
    var stage: Stage {
        guard let registration else { return .notRegistered }
        if registration.advice != nil { return .advised }
        return registration.checkDate == nil ? .registered : .checked
    }

    enum Stage: String, CaseIterable, Sendable {
        case notRegistered = "niet-aangemeld"
        case registered = "aangemeld"
        case checked = "check-gedaan"
        case advised = "advies-ontvangen"
    }
}

/// A registration (aanmelding in Studielink) for a bachelor programme, with the studiekeuzecheck it gives a right to.
struct Registration: Sendable, Equatable {
    var institution: String
    var programme: String
    /// The date of the registration.
    var date: LOBDate
    /// When the student did the check (an activity, an interview or a questionnaire); nil while not done.
    var checkDate: LOBDate?
    var advice: Advice?
    var adviceDate: LOBDate?
}

/// The advice of a studiekeuzecheck: not binding, but a doubt or a negative one calls for a conversation.
enum Advice: String, CaseIterable, Sendable {
    case positive = "positief"
    case doubt = "twijfel"
    case negative = "negatief"

    static let names = allCases.map(\.rawValue)

    /// Whether the advice calls for a follow-up conversation.
    var needsFollowUp: Bool { self != .positive }
}

/// What the roster says of any student, to explain why one is not a final-year havo or vwo student.
struct RosterEntry: Sendable {
    var fullName: String
    var year: Int
    var schoolType: String
}
