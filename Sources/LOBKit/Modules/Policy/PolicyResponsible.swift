/// Who carries out the policy (question P7).
public enum PolicyRole: String, CaseIterable, Sendable {
    case careersAdviser = "decaan"
    case coordinator = "lob-coordinator"
    case mentors = "mentoren"
    case teamLeader = "teamleider"
    case management = "directie"
    case board = "bestuur"
    case other = "anders"
}

/// A person (or group) responsible for carrying out the policy in a school year.
struct PolicyResponsible: Sendable, Equatable {
    var role: PolicyRole
    var name: String
}
