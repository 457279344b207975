/// Where a student's application to an mbo programme stands.
enum ApplicationStatus: String, CaseIterable, Sendable {
    case notApplied = "niet-aangemeld"
    case applied = "aangemeld"
    case placed = "geplaatst"
    case rejected = "afgewezen"

    static let names = allCases.map(\.rawValue)

    /// Whether the student has sent in an application (that may since have been decided on).
    var hasApplied: Bool { self != .notApplied }

    /// A status as an mbo institution's file writes it: the four words in any case, or a common synonym.
    init?(spelling: String) {
        let key = spelling.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
        switch key {
        case "nietaangemeld", "geenaanmelding", "notapplied", "none": self = .notApplied
        case "aangemeld", "aanmelding", "inbehandeling", "intake", "applied", "pending": self = .applied
        case "geplaatst", "toegelaten", "ingeschreven", "plaatsing", "placed", "admitted", "enrolled": self = .placed
        case "afgewezen", "nietgeplaatst", "nietaangenomen", "rejected", "declined": self = .rejected
        default: return nil
        }
    }
}

/// Who gave consent for sharing the doorstroomdossier.
enum ConsentGiver: String, CaseIterable, Sendable {
    case student = "leerling"
    case parent = "ouder"

    static let names = allCases.map(\.rawValue)
}
