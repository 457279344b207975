/// What a training (scholing) was about.
public enum TrainingSubject: String, Sendable, CaseIterable {
    case careerConversations = "loopbaangesprekken"
    case policy = "lob-beleid"
    case choiceGuidance = "keuzebegeleiding"
    case transition = "doorstroom"
    case other = "anders"

    static let names = allCases.map(\.rawValue)
}

/// A training a staff member followed: part of the school's professionalisation (norm A3).
struct StaffTraining: Sendable, Equatable {
    var memberName: String
    var title: String
    var provider: String
    var date: LOBDate
    var hours: Double
    var subjects: [TrainingSubject]

    func isAbout(_ subject: TrainingSubject?) -> Bool {
        subject.map(subjects.contains) ?? true
    }
}
