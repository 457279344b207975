/// Whether a student signed up for, took part in, or missed an activity.
public enum ParticipationStatus: String, Sendable, CaseIterable {
    case signedUp = "aangemeld"
    case participated = "deelgenomen"
    case absent = "afwezig"
}

/// A student's participation in an activity, with its reflection in the four fields of the vmbo
/// loopbaandossier (used for every school type).
public struct Participation: Sendable, Equatable {
    public var activityCode: String
    public var studentNumber: String
    public var date: LOBDate
    public var status: ParticipationStatus
    /// beoogde doelen
    public var intendedGoals: String
    /// resultaten
    public var results: String
    /// evaluatie
    public var evaluation: String
    /// vervolgactiviteiten
    public var followUp: String
    /// Whether the school may quote the reflection, without the name, in the yearly report (`--deelbaar`).
    /// Saving a participation leaves this mark as it is; `setReflectionShareable` changes it.
    public var shareable: Bool

    public init(
        activityCode: String, studentNumber: String, date: LOBDate, status: ParticipationStatus,
        intendedGoals: String = "", results: String = "", evaluation: String = "", followUp: String = "",
        shareable: Bool = false
    ) {
        self.activityCode = activityCode
        self.studentNumber = studentNumber
        self.date = date
        self.status = status
        self.intendedGoals = intendedGoals
        self.results = results
        self.evaluation = evaluation
        self.followUp = followUp
        self.shareable = shareable
    }

    /// Whether any of the four reflection fields is filled in.
    public var hasReflection: Bool {
        ![intendedGoals, results, evaluation, followUp].allSatisfy { $0.isEmpty }
    }
}

/// Which participations to read.
public struct ParticipationQuery: Sendable {
    public var activityCode: String?
    public var studentNumbers: [String]?
    public var from: LOBDate?
    public var until: LOBDate?
    public var status: ParticipationStatus?

    public init(
        activityCode: String? = nil, studentNumbers: [String]? = nil, from: LOBDate? = nil, until: LOBDate? = nil,
        status: ParticipationStatus? = nil
    ) {
        self.activityCode = activityCode
        self.studentNumbers = studentNumbers
        self.from = from
        self.until = until
        self.status = status
    }
}
