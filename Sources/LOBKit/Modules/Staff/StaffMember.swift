/// What a staff member does in the school's career guidance; a member may have several roles.
public enum StaffRole: String, Sendable, CaseIterable {
    case mentor
    case careersAdviser = "decaan"
    case coordinator = "lob-coordinator"
    case teacher = "docent"

    static let names = allCases.map(\.rawValue)
}

/// A staff member who guides students, named as the roster writes mentors: `J. de Vries`.
struct StaffMember: Sendable, Equatable {
    var id: Int64 = 0
    var name: String
    var roles: [StaffRole]
    /// Empty when unknown.
    var email: String = ""

    /// The key the roster's and conversations' names are matched on (see `StaffName`).
    var key: String { StaffName.key(name) }

    var isMentor: Bool { roles.contains(.mentor) }
}
