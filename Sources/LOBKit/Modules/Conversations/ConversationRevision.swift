/// The shared part of a conversation as it was before a change (`gesprek wijzig`), with when and by whom
/// it was changed. The private note is never kept in the history.
public struct ConversationRevision: Sendable, Equatable {
    public var conversationID: Int64
    public var changedOn: LOBDate
    public var changedBy: String
    /// The fields the change touched: `verslag`, `soort`, `onderwerpen`, `afspraken`, `werkaantekening`.
    public var changedFields: [String]
    public var kind: ConversationKind
    public var topics: [String]
    public var report: String
}

/// A change to a conversation: the shared fields to replace (nil keeps them), afspraken to add, and the
/// private note to replace (an empty one removes it).
public struct ConversationChange: Sendable {
    public var kind: ConversationKind?
    public var topics: [String]?
    public var report: String?
    public var newAgreements: [Agreement] = []
    public var privateNote: String?

    public init(
        kind: ConversationKind? = nil, topics: [String]? = nil, report: String? = nil,
        newAgreements: [Agreement] = [], privateNote: String? = nil
    ) {
        self.kind = kind
        self.topics = topics
        self.report = report
        self.newAgreements = newAgreements
        self.privateNote = privateNote
    }

    /// The names of the fields the change touches, in a fixed order.
    public var fields: [String] {
        var fields: [String] = []
        if kind != nil { fields.append("soort") }
        if topics != nil { fields.append("onderwerpen") }
        if report != nil { fields.append("verslag") }
        if !newAgreements.isEmpty { fields.append("afspraken") }
        if privateNote != nil { fields.append("werkaantekening") }
        return fields
    }
}
