/// Whether the programme of a school type hangs together: every choice moment prepared in time, no year
/// without activities, no competency that comes up in one year only.
struct CoherenceCheck {
    /// Something in one school type's programme that does not hang together.
    struct Finding: Equatable {
        enum Kind: Equatable {
            /// No activity prepares for the choice moment in the years up to and including its year.
            case unprepared(ChoiceMoment, year: Int)
            /// Activities prepare for the choice moment, but only in years after it.
            case preparedLate(ChoiceMoment, year: Int)
            /// A leerjaar without any activity.
            case emptyYear(Int)
            /// A competency that comes up in this one leerjaar and in no other.
            case competencyOnce(Competency, year: Int)
        }

        var schoolType: SchoolType
        var kind: Kind
        /// The activities involved, by code.
        var codes: [String]

        /// The finding in plain words.
        func text(_ language: UILanguage) -> String {
            switch kind {
            case .unprepared(let moment, let year):
                Message(.activityMomentUnprepared, moment.label.text(language), String(year), moment.rawValue)
                    .text(language)
            case .preparedLate(let moment, let year):
                Message(.activityMomentLate, moment.label.text(language), String(year), moment.rawValue).text(language)
            case .emptyYear(let year):
                Message(.activityYearEmpty, String(year)).text(language)
            case .competencyOnce(let competency, let year):
                Message(.activityCompetencyOnce, competency.rawValue, String(year)).text(language)
            }
        }
    }

    /// The school types checked, in their usual order.
    let schoolTypes: [SchoolType]
    /// The findings, per school type in that order.
    let findings: [Finding]

    init(activities: [Activity], schoolTypes: [SchoolType]) {
        self.schoolTypes = schoolTypes
        findings = schoolTypes.flatMap { CoherenceCheck.findings(for: $0, in: activities) }
    }

    /// The findings of one school type.
    func findings(for type: SchoolType) -> [Finding] {
        findings.filter { $0.schoolType == type }
    }

    private static func findings(for type: SchoolType, in catalogue: [Activity]) -> [Finding] {
        let years = Array(1...type.finalYear)
        let activities = catalogue.filter { $0.schoolTypes.isEmpty || $0.schoolTypes.contains(type) }
        var findings: [Finding] = []

        for moment in ChoiceMoment.allCases {
            guard let momentYear = moment.year(for: type) else { continue }
            let linked = activities.filter { $0.choiceMoment == moment && $0.years.contains(where: years.contains) }
            guard !linked.contains(where: { $0.years.contains { $0 <= momentYear } }) else { continue }
            let kind: Finding.Kind =
                linked.isEmpty ? .unprepared(moment, year: momentYear) : .preparedLate(moment, year: momentYear)
            findings.append(Finding(schoolType: type, kind: kind, codes: linked.map(\.code)))
        }
        for year in years where !activities.contains(where: { $0.years.contains(year) }) {
            findings.append(Finding(schoolType: type, kind: .emptyYear(year), codes: []))
        }
        for competency in Competency.allCases {
            let developing = { (year: Int) in
                activities.filter { $0.years.contains(year) && $0.competencies.contains(competency) }
            }
            let covered = years.filter { !developing($0).isEmpty }
            guard covered.count == 1, let year = covered.first else { continue }
            findings.append(
                Finding(
                    schoolType: type, kind: .competencyOnce(competency, year: year), codes: developing(year).map(\.code)
                ))
        }
        return findings
    }
}
