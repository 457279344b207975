import Foundation

/// Where a former student went after the exam, and how they fared one year later, as the school records it.
///
/// The cohort is the calendar year of the exam: 2025 is the summer exam of school year 2024-2025. The
/// student number is kept as text and not linked to the roster: alumni have left it.
public struct AlumnusDestination: Sendable, Equatable {
    /// What `privacy opschonen` and `privacy verwijder` put before a record's id in place of the student
    /// number: `anoniem-17`.
    public static let anonymousPrefix = "anoniem-"

    public var studentNumber: String
    /// The exam year (summer), such as 2025.
    public var cohort: Int
    public var schoolType: SchoolType
    /// Profiel or sector; may be empty.
    public var profile: String
    public var destination: Destination
    /// The institution (ROC, hogeschool, universiteit, employer); may be empty.
    public var institution: String
    /// The programme followed; may be empty.
    public var programme: String
    /// How the student fared one year later.
    public var status: FollowUpStatus

    public init(
        studentNumber: String, cohort: Int, schoolType: SchoolType, profile: String = "", destination: Destination,
        institution: String = "", programme: String = "", status: FollowUpStatus = .unknown
    ) {
        self.studentNumber = studentNumber
        self.cohort = cohort
        self.schoolType = schoolType
        self.profile = profile
        self.destination = destination
        self.institution = institution
        self.programme = programme
        self.status = status
    }
}

/// Where a graduate went: a level of follow-up education, work, something else, or not known.
public enum Destination: String, Sendable, CaseIterable, Comparable {
    case mbo1 = "mbo-1"
    case mbo2 = "mbo-2"
    case mbo3 = "mbo-3"
    case mbo4 = "mbo-4"
    case hbo
    case wo
    case havo
    case vwo
    case work = "werk"
    case other = "anders"
    case unknown = "onbekend"

    public static func < (lhs: Destination, rhs: Destination) -> Bool {
        guard let left = allCases.firstIndex(of: lhs), let right = allCases.firstIndex(of: rhs) else { return false }
        return left < right
    }

    /// Reads the spellings files use: `mbo-4`, `MBO 4`, `mbo niveau 4`, `HBO`, `werk`, `work`, `other`.
    public init?(spelling: String) {
        let key = spelling.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" && $0 != "." }
        if let exact = Destination.allCases.first(where: { $0.rawValue.replacingOccurrences(of: "-", with: "") == key })
        {
            self = exact
            return
        }
        switch key {
        case "mboniveau1", "mbo1entree", "entree", "entreeopleiding": self = .mbo1
        case "mboniveau2": self = .mbo2
        case "mboniveau3": self = .mbo3
        case "mboniveau4": self = .mbo4
        case "hbobachelor", "hboassociatedegree", "ad", "associatedegree": self = .hbo
        case "wobachelor", "universiteit": self = .wo
        case "work", "baan", "arbeidsmarkt": self = .work
        case "other", "overig", "overigvo", "vavo", "buitenland", "tussenjaar", "geenonderwijs",
            "geenbekostigdonderwijs", "nietinbekostigdonderwijs":
            self = .other
        case "unknown", "?", "": self = .unknown
        default: return nil
        }
    }
}

/// How a graduate fared one year after the exam.
public enum FollowUpStatus: String, Sendable, CaseIterable, Comparable {
    /// Still in the same programme.
    case continued = "doorgegaan"
    /// In another programme.
    case switched = "geswitcht"
    /// Left education without a diploma.
    case droppedOut = "uitgevallen"
    case unknown = "onbekend"

    public static func < (lhs: FollowUpStatus, rhs: FollowUpStatus) -> Bool {
        guard let left = allCases.firstIndex(of: lhs), let right = allCases.firstIndex(of: rhs) else { return false }
        return left < right
    }

    /// Reads `doorgegaan`, `geswitcht`, `uitgevallen`, `onbekend` in any case, or their English words.
    public init?(spelling: String) {
        let key = spelling.lowercased().trimmingCharacters(in: .whitespaces)
        if let exact = FollowUpStatus(rawValue: key) {
            self = exact
            return
        }
        switch key {
        case "continued", "doorgestroomd", "zelfde opleiding": self = .continued
        case "switched", "gewisseld", "switch", "andere opleiding": self = .switched
        case "dropped out", "droppedout", "uitval", "gestopt": self = .droppedOut
        case "unknown", "": self = .unknown
        default: return nil
        }
    }
}
