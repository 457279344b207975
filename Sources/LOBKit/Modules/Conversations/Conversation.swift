/// The kinds of career conversation a school holds.
public enum ConversationKind: String, Sendable, CaseIterable {
    case career = "loopbaangesprek"
    case triangle = "driehoeksgesprek"
    case choice = "keuzegesprek"
    case review = "terugblik"
}

/// Who takes part in a conversation besides the student.
public enum ParticipantRole: String, Sendable, CaseIterable {
    case mentor
    case counsellor = "decaan"
    case parent = "ouder"
    case teacher = "docent"
    case other = "anders"
}

/// A participant: a role and a name (`mentor:"J. de Vries"`).
public struct ConversationParticipant: Sendable, Equatable {
    public var role: ParticipantRole
    public var name: String

    public init(role: ParticipantRole, name: String) {
        self.role = role
        self.name = name
    }
}

/// An agreed action (afspraak): what, by whom, by when, and whether it is done.
public struct Agreement: Sendable, Equatable {
    public var id: Int64
    public var conversationID: Int64
    public var what: String
    /// `leerling`, `mentor`, a name…
    public var by: String
    public var due: LOBDate?
    public var done: LOBDate?

    public init(id: Int64 = 0, conversationID: Int64 = 0, what: String, by: String, due: LOBDate?, done: LOBDate? = nil)
    {
        self.id = id
        self.conversationID = conversationID
        self.what = what
        self.by = by
        self.due = due
        self.done = done
    }
}

/// A career conversation: its shared part only. The staff member's private working note is not part
/// of this value on purpose, so that nothing that handles conversations can pass it on by accident.
public struct Conversation: Sendable, Equatable {
    public var id: Int64
    public var studentNumber: String
    public var date: LOBDate
    public var kind: ConversationKind
    public var participants: [ConversationParticipant]
    public var topics: [String]
    public var competencies: [Competency]
    /// The shared report (verslag): the student, and from 16 the parents, may read it.
    public var report: String
    public var agreements: [Agreement]
    /// Participations (activity code and date) the conversation reflects on.
    public var linkedActivities: [String]
    public var recordedBy: String

    public init(
        id: Int64 = 0, studentNumber: String, date: LOBDate, kind: ConversationKind,
        participants: [ConversationParticipant] = [], topics: [String] = [], competencies: [Competency] = [],
        report: String = "", agreements: [Agreement] = [], linkedActivities: [String] = [], recordedBy: String = ""
    ) {
        self.id = id
        self.studentNumber = studentNumber
        self.date = date
        self.kind = kind
        self.participants = participants
        self.topics = topics
        self.competencies = competencies
        self.report = report
        self.agreements = agreements
        self.linkedActivities = linkedActivities
        self.recordedBy = recordedBy
    }
}

/// Which conversations to read.
public struct ConversationQuery: Sendable {
    public var studentNumbers: [String]?
    public var from: LOBDate?
    public var until: LOBDate?
    public var kind: ConversationKind?

    public init(
        studentNumbers: [String]? = nil, from: LOBDate? = nil, until: LOBDate? = nil, kind: ConversationKind? = nil
    ) {
        self.studentNumbers = studentNumbers
        self.from = from
        self.until = until
        self.kind = kind
    }
}
