/// The kinds of LOB activity a school organises.
public enum ActivityKind: String, Sendable, CaseIterable {
    case openDay = "open-dag"
    case shadowDay = "meeloopdag"
    case trialStudy = "proefstuderen"
    case careerInformation = "beroepenvoorlichting"
    case companyVisit = "bedrijfsbezoek"
    case taster = "snuffelstage"
    case guestLesson = "gastles"
    case test = "test"
    case lesson = "les"
    case parentsEvening = "ouderavond"
    case alumniEvening = "oud-leerlingenavond"
    case other = "anders"
}

/// The five career competencies (loopbaancompetenties, Kuijpers).
public enum Competency: String, Sendable, CaseIterable {
    case qualities = "kwaliteitenreflectie"
    case motives = "motievenreflectie"
    case workExploration = "werkexploratie"
    case careerSteering = "loopbaansturing"
    case networking = "netwerken"
}

/// The choice moments a programme leads up to.
public enum ChoiceMoment: String, Sendable, CaseIterable {
    /// vmbo: sector and profile choice at the end of leerjaar 2.
    case vmboSector = "sectorkeuze-vmbo-2"
    /// havo/vwo: profile choice in leerjaar 3.
    case profile = "profielkeuze-havo-vwo-3"
    /// Follow-up education: vmbo 4, havo 5, vwo 6.
    case followUp = "vervolgopleiding"

    /// The leerjaar in which the choice is made for a school type, nil when the moment does not apply.
    public func year(for type: SchoolType) -> Int? {
        switch self {
        case .vmboSector: type.isVmbo ? 2 : nil
        case .profile: type.isVmbo ? nil : 3
        case .followUp: type.finalYear
        }
    }
}

/// An activity of the school's LOB programme.
public struct Activity: Sendable, Equatable {
    public var code: String
    public var name: String
    public var kind: ActivityKind
    public var description: String
    /// The school types it is for; empty means all.
    public var schoolTypes: [SchoolType]
    /// The leerjaren it is for (1–6).
    public var years: [Int]
    public var competencies: [Competency]
    public var choiceMoment: ChoiceMoment?
    public var outsideSchool: Bool
    public var partner: String
    public var from: LOBDate?
    public var until: LOBDate?
    public var required: Bool

    public init(
        code: String, name: String, kind: ActivityKind, description: String = "", schoolTypes: [SchoolType] = [],
        years: [Int], competencies: [Competency], choiceMoment: ChoiceMoment? = nil, outsideSchool: Bool = false,
        partner: String = "", from: LOBDate? = nil, until: LOBDate? = nil, required: Bool = false
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.description = description
        self.schoolTypes = schoolTypes
        self.years = years
        self.competencies = competencies
        self.choiceMoment = choiceMoment
        self.outsideSchool = outsideSchool
        self.partner = partner
        self.from = from
        self.until = until
        self.required = required
    }

    /// Whether the activity is meant for students of this school type in this leerjaar.
    public func isFor(_ type: SchoolType, year: Int) -> Bool {
        (schoolTypes.isEmpty || schoolTypes.contains(type)) && years.contains(year)
    }
}
