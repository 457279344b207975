/// What makes an activity sound, checked the same way by `nieuw`, `wijzig` and `importeer`.
extension Activity {
    /// The leerjaren secondary education has.
    static let possibleYears = 1...6

    /// Whether `code` can name an activity: short, and typed without quotes.
    static func isValidCode(_ code: String) -> Bool {
        !code.isEmpty && code.count <= 20
            && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// The first thing wrong with the activity's years or period, nil when it is sound.
    var problem: Message? {
        if let year = years.first(where: { !Activity.possibleYears.contains($0) }) {
            return Message(.activityYearOutOfRange, String(year))
        }
        if !schoolTypes.isEmpty,
            let year = years.first(where: { year in schoolTypes.allSatisfy { $0.finalYear < year } })
        {
            return Message(.activityYearNotInTypes, String(year), schoolTypes.map(\.rawValue).joined(separator: ", "))
        }
        if let from, let until, from > until {
            return Message(.activityPeriodReversed, from.description, until.description)
        }
        return nil
    }

    /// Whether the activity runs in `schoolYear`; an activity without a period runs every year.
    func takesPlace(in schoolYear: SchoolYear) -> Bool {
        (from.map { $0.schoolYear <= schoolYear } ?? true) && (until.map { $0.schoolYear >= schoolYear } ?? true)
    }

    /// Lists in one order whatever order they were given in, without repeats.
    mutating func normalizeLists() {
        schoolTypes = SchoolType.allCases.filter(schoolTypes.contains)
        years = Array(Set(years)).sorted()
        competencies = Competency.allCases.filter(competencies.contains)
    }
}

extension ChoiceMoment {
    /// The moment in words, for findings.
    var label: Localized {
        switch self {
        case .vmboSector: Localized(nl: "de sectorkeuze", en: "the sector choice")
        case .profile: Localized(nl: "de profielkeuze", en: "the profile choice")
        case .followUp: Localized(nl: "de keuze van een vervolgopleiding", en: "the choice of follow-up education")
        }
    }
}
