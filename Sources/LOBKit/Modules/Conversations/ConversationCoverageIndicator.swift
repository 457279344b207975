/// Norm A3's measure of dialogic career conversations: the share of students who had at least one
/// conversation this school year, overall and per leerjaar.
///
/// Every kind counts: a driehoeksgesprek, keuzegesprek or terugblik is a career conversation too.
struct ConversationCoverageIndicator: Indicator {
    let id = "gesprek.met-gesprek"
    let norms = ["A3"]
    let name = Localized(
        nl: "Leerlingen met minstens één loopbaangesprek dit schooljaar",
        en: "Students with at least one career conversation this school year")

    /// In order from this share of students.
    static let threshold = 80

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        let (from, until) = ConversationIndicators.period(of: schoolYear)
        // No conversation recorded in the year: nothing to say, rather than a made-up 0%.
        guard try store.hasConversation(from: from, until: until) else { return .noData }
        // Counted in SQL per school type and leerjaar; added up per leerjaar here.
        var years: [Int: (students: Int, with: Int)] = [:]
        for group in try store.conversationCoverage(from: from, until: until).groups {
            years[group.year, default: (0, 0)].students += group.students
            years[group.year, default: (0, 0)].with += group.withConversation
        }
        let students = years.values.map(\.students).reduce(0, +)
        let with = years.values.map(\.with).reduce(0, +)
        guard students > 0 else { return .noData }
        func percent(_ with: Int, of count: Int) -> Int {
            guard count > 0 else { return 0 }
            return Int((Double(with) * 100 / Double(count)).rounded())
        }
        let overall = percent(with, of: students)
        func text(_ language: UILanguage) -> String {
            let perYear = years.sorted { $0.key < $1.key }.map { year, group in
                Message(.conversationIndicatorYearShare, String(year), String(percent(group.with, of: group.students)))
                    .text(language)
            }.joined(separator: ", ")
            return Message(.conversationIndicatorShare, String(overall), perYear).text(language)
        }
        return .value(Localized(nl: text(.dutch), en: text(.english)), inOrder: with * 100 >= Self.threshold * students)
    }
}

/// What the conversation indicators share.
enum ConversationIndicators {
    /// The conversations held in a school year (1 August to 31 July).
    static func query(for schoolYear: SchoolYear) -> ConversationQuery {
        let (from, until) = period(of: schoolYear)
        return ConversationQuery(from: from, until: until)
    }

    /// A school year's first and last day: 1 August and 31 July (both exist: a school year starts before 9999).
    static func period(of schoolYear: SchoolYear) -> (from: LOBDate, until: LOBDate) {
        (
            LOBDate(year: schoolYear.startYear, month: 8, day: 1) ?? .epoch,
            LOBDate(year: schoolYear.startYear + 1, month: 7, day: 31) ?? .epoch
        )
    }
}
