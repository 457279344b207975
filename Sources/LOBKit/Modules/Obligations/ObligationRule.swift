/// What a rule of the inspanningsverplichting asks of a student in one school year.
///
/// Counts are of different activities: going to the same open day twice is one open day, which is also
/// what makes a rule checkable against the catalogue.
public enum ObligationRequirement: Sendable, Equatable {
    /// At least `minimum` different activities of a kind (`--soort open-dag --minimaal 2`).
    case kind(ActivityKind, minimum: Int)
    /// Every one of these activities, by code (`--activiteit OUDL-5H`).
    case activities([String])
    /// At least `minimum` different activities that develop a competency (`--competentie netwerken --minimaal 1`).
    case competency(Competency, minimum: Int)

    /// How many activities the rule asks for.
    public var required: Int {
        switch self {
        case .kind(_, let minimum), .competency(_, let minimum): minimum
        case .activities(let codes): codes.count
        }
    }

    /// The rule in a few words: `minimaal 2 × open-dag`, `activiteit OUDL-5H`.
    public func words(_ language: UILanguage) -> String {
        switch self {
        case .kind(let kind, let minimum):
            Message(.obligationWordsMinimum, String(minimum), kind.rawValue).text(language)
        case .competency(let competency, let minimum):
            Message(.obligationWordsCompetency, String(minimum), competency.rawValue).text(language)
        case .activities(let codes):
            Message(
                codes.count == 1 ? .obligationWordsActivity : .obligationWordsActivities,
                ObligationWords.list(codes, language)
            ).text(language)
        }
    }
}

/// A rule of the inspanningsverplichting for one group of students: a school type and a leerjaar.
public struct ObligationRule: Sendable, Equatable {
    /// The id in the store; 0 before it is saved.
    public var id: Int64
    public var schoolType: SchoolType
    public var year: Int
    public var requirement: ObligationRequirement
    /// The school's own words for it, for `verplichting lijst`.
    public var description: String

    public init(
        id: Int64 = 0, schoolType: SchoolType, year: Int, requirement: ObligationRequirement, description: String = ""
    ) {
        self.id = id
        self.schoolType = schoolType
        self.year = year
        self.requirement = requirement
        self.description = description
    }

    /// The group the rule is for.
    public var group: ObligationGroup { ObligationGroup(schoolType: schoolType, year: year) }

    /// Whether the rule holds for this student's school type and leerjaar.
    public func applies(to student: Student) -> Bool {
        group == ObligationGroup(student)
    }
}

/// The students a rule is for: one school type in one leerjaar, such as havo 5.
public struct ObligationGroup: Sendable, Hashable {
    public var schoolType: SchoolType
    public var year: Int

    public init(schoolType: SchoolType, year: Int) {
        self.schoolType = schoolType
        self.year = year
    }

    /// The group a student is in now.
    public init(_ student: Student) {
        self.init(schoolType: student.schoolType, year: student.year)
    }

    /// `havo 5`
    public var name: String { "\(schoolType.rawValue) \(year)" }
}
