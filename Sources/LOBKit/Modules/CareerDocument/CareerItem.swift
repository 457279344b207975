/// What kind of plusdocument item a student earned or did outside the LOB programme.
public enum CareerItemKind: String, Sendable, CaseIterable {
    case extraSubject = "extra-vak"
    case role = "rol"
    case certificate = "certificaat"
    case volunteering = "vrijwilligerswerk"
    case placement = "stage"
    case other = "anders"

    /// The kind as a document shows it.
    public var name: Localized {
        switch self {
        case .extraSubject: Localized(nl: "Extra vak", en: "Extra subject")
        case .role: Localized(nl: "Rol", en: "Role")
        case .certificate: Localized(nl: "Certificaat", en: "Certificate")
        case .volunteering: Localized(nl: "Vrijwilligerswerk", en: "Voluntary work")
        case .placement: Localized(nl: "Stage", en: "Work placement")
        case .other: Localized(nl: "Anders", en: "Other")
        }
    }
}

/// An item of the plusdocument kind in a student's career document: an extra subject, a role such as a
/// seat on the student council, a certificate, voluntary work, a work placement.
public struct CareerItem: Sendable, Equatable {
    public var id: Int64
    public var studentNumber: String
    public var kind: CareerItemKind
    public var description: String
    public var date: LOBDate
    /// Where the proof is: a file name, a link, "diploma in de map".
    public var evidence: String

    public init(
        id: Int64 = 0, studentNumber: String, kind: CareerItemKind, description: String, date: LOBDate,
        evidence: String = ""
    ) {
        self.id = id
        self.studentNumber = studentNumber
        self.kind = kind
        self.description = description
        self.date = date
        self.evidence = evidence
    }
}
