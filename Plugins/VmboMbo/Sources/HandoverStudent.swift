import LOBKit

/// A final-year vmbo student with what the handover knows of them: the application and the consent.
struct HandoverStudent: Sendable {
    var id: Int
    var number: String
    var fullName: String
    var className: String
    var schoolType: String
    var profile: String
    var mentor: String
    /// Surname and given name, the order lists sort by.
    var sortName: [String]
    var application: Application?
    var consent: Consent?

    /// The application's status; a student without a record has not applied.
    var status: ApplicationStatus { application?.status ?? .notApplied }

    /// Whether the latest consent stands (given and not withdrawn since).
    var mayBeShared: Bool { consent.map { !$0.withdrawn } ?? false }

    /// `1042 Noor Bakker`, as notices name a student.
    var label: String { number + " " + fullName }
}

/// The intended mbo programme and where the application stands.
struct Application: Sendable, Equatable {
    var institution: String
    var programme: String
    /// The mbo level, 1 to 4, when known.
    var level: Int?
    var status: ApplicationStatus
    /// The date the application was made; nil while the student has not applied.
    var date: LOBDate?
}

/// The latest consent event for sharing the doorstroomdossier.
struct Consent: Sendable, Equatable {
    var giver: ConsentGiver
    var date: LOBDate
    var withdrawn: Bool
}

/// What the roster says of any student, to explain why one is not in the handover.
struct RosterEntry: Sendable {
    var id: Int
    var fullName: String
    var year: Int
    var schoolType: String
}
