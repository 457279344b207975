import Foundation
import LOBKit

/// An open day, proefstudeerdag or meeloopdag of the network's calendar, and the activity code it became.
struct CalendarActivity: Sendable, Equatable {
    var code: String
    var institution: String
    var kind: HigherActivityKind
    var date: LOBDate
    var title: String
    /// The programme it is for; empty for the whole institution.
    var programme: String
    var place: String

    /// What makes a calendar row the same one on a second import: institution, kind, date, programme and place
    /// (a title may be reworded); case and surrounding blanks do not count.
    var key: String {
        [institution, kind.rawValue, date.description, programme, place]
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.joined(separator: "|")
    }

    /// The activity's name: the title, with the institution added when the title does not name it.
    var activityName: String {
        title.lowercased().contains(institution.lowercased()) ? title : title + " " + institution
    }

    /// The activity's description: for which programme, where, and where it came from.
    var activityDescription: String {
        (programme.isEmpty ? "" : "Opleiding: " + programme + ". ") + (place.isEmpty ? "" : "Plaats: " + place + ". ")
            + "Uit de activiteitenkalender van het netwerk VO-HO."
    }
}

/// The kinds of activity the network's institutions organise; each is a kind of the activity catalogue.
enum HigherActivityKind: String, CaseIterable, Sendable {
    case openDay = "open-dag"
    case trialStudy = "proefstuderen"
    case shadowDay = "meeloopdag"

    static let names = allCases.map(\.rawValue)

    /// A kind as a calendar writes it: `open dag`, `Opendag`, `proefstudeerdag`, `meelopen`…
    init?(spelling: String) {
        switch spelling.lowercased().filter({ !$0.isWhitespace && $0 != "-" && $0 != "_" }) {
        case "opendag", "openavond", "voorlichtingsdag", "openday": self = .openDay
        case "proefstuderen", "proefstudeerdag", "proefstudeer", "trialstudy": self = .trialStudy
        case "meeloopdag", "meelopen", "meeloop", "shadowday": self = .shadowDay
        default: return nil
        }
    }

    /// The first letters of its activity codes.
    var codePrefix: String {
        switch self {
        case .openDay: "OD"
        case .trialStudy: "PS"
        case .shadowDay: "ML"
        }
    }
}
