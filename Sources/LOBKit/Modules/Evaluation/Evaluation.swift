/// Who the yearly evaluation of the LOB policy was held with (norm K1 asks for the MR).
public enum EvaluationParty: String, Sendable, CaseIterable {
    case participationCouncil = "mr"
    case studentCouncil = "leerlingenraad"
    case board = "bestuur"
    case parentsCouncil = "ouderraad"
    case team

    static let names = allCases.map(\.rawValue)
}

/// The kinds of data an evaluation drew on: a closed list, so that K1 can tell whether student satisfaction
/// and doorstroom were among them.
public enum EvaluationData: String, Sendable, CaseIterable {
    /// Where alumni went (`doorstroom`).
    case transition = "doorstroom"
    /// Success in follow-up education after one year.
    case success = "succes"
    /// Student satisfaction (`tevredenheid`).
    case satisfaction = "tevredenheid"
    /// Participation in activities (`deelname`).
    case participation = "deelname"
    /// Career conversations (`gesprek`).
    case conversations = "gesprekken"
    /// The agenda's scan (`agenda`).
    case scan
    /// Qualitative data: reflections the school marked as shareable, comments.
    case qualitative = "kwalitatief"

    static let names = allCases.map(\.rawValue)
}

/// A yearly evaluation of the LOB policy that took place: when, with whom, on what data, and what was decided.
public struct Evaluation: Sendable, Equatable {
    public var id: Int64
    public var date: LOBDate
    /// The school year evaluated; by default the one the date falls in.
    public var schoolYear: SchoolYear
    public var parties: [EvaluationParty]
    public var data: [EvaluationData]
    /// The decisions taken, as the minutes word them; empty when none were recorded.
    public var decisions: String

    public init(
        id: Int64 = 0, date: LOBDate, schoolYear: SchoolYear? = nil, parties: [EvaluationParty],
        data: [EvaluationData], decisions: String = ""
    ) {
        self.id = id
        self.date = date
        self.schoolYear = schoolYear ?? date.schoolYear
        self.parties = parties
        self.data = data
        self.decisions = decisions
    }

    /// Whether it was held with the MR, as K1 asks.
    public var withParticipationCouncil: Bool { parties.contains(.participationCouncil) }

    /// `mr, leerlingenraad`
    var partyList: String { parties.map(\.rawValue).joined(separator: ", ") }

    /// `doorstroom, tevredenheid`
    var dataList: String { data.map(\.rawValue).joined(separator: ", ") }
}
