/// How many activities develop each career competency in each leerjaar, for one school type or for all.
struct CoverageMatrix {
    /// One leerjaar and one competency: a cell of the matrix.
    struct Cell: Hashable {
        var year: Int
        var competency: Competency
    }

    /// The school type looked at; nil for all of them together.
    let schoolType: SchoolType?
    /// The leerjaren of the school type, 1 to 6 for all of them.
    let years: [Int]
    private let codes: [Cell: [String]]

    init(activities: [Activity], schoolType: SchoolType?) {
        self.schoolType = schoolType
        let years = Array(1...(schoolType?.finalYear ?? Activity.possibleYears.upperBound))
        var codes: [Cell: [String]] = [:]
        for activity in activities {
            if let schoolType, !activity.schoolTypes.isEmpty, !activity.schoolTypes.contains(schoolType) { continue }
            for year in activity.years where years.contains(year) {
                for competency in activity.competencies {
                    codes[Cell(year: year, competency: competency), default: []].append(activity.code)
                }
            }
        }
        self.years = years
        self.codes = codes
    }

    /// The number of activities in a cell.
    func count(year: Int, competency: Competency) -> Int {
        codes[Cell(year: year, competency: competency)]?.count ?? 0
    }

    /// Every cell, by leerjaar and then competency.
    var cells: [Cell] {
        years.flatMap { year in Competency.allCases.map { Cell(year: year, competency: $0) } }
    }

    /// The cells without any activity: from leerjaar 1 on, each is a gap.
    var gaps: [Cell] {
        cells.filter { count(year: $0.year, competency: $0.competency) == 0 }
    }

    /// The gaps in words: `netwerken in leerjaar 2, …`.
    func gapText(_ language: UILanguage) -> String {
        gaps.map { Message(.activityGap, $0.competency.rawValue, String($0.year)).text(language) }
            .joined(separator: ", ")
    }

    /// The matrix as a table: `leerjaar` and a column per competency; a gap reads `0 !`.
    var table: Table {
        let rows = years.map { year -> [Value] in
            [.integer(year)]
                + Competency.allCases.map { competency in
                    let count = count(year: year, competency: competency)
                    return count == 0 ? .text("0 !") : .integer(count)
                }
        }
        return Table(columns: ["leerjaar"] + Competency.allCases.map(\.rawValue), rows: rows)
    }
}
