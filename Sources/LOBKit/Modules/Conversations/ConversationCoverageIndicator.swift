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
        let conversations = try store.conversations(ConversationIndicators.query(for: schoolYear))
        // No conversation recorded in the year: nothing to say, rather than a made-up 0%.
        guard !conversations.isEmpty else { return .noData }
        let students = try store.students(StudentQuery())
        guard !students.isEmpty else { return .noData }
        let talkedTo = Set(conversations.map(\.studentNumber))
        let years = Dictionary(grouping: students, by: \.year).sorted { $0.key < $1.key }
        func percent(_ group: [Student]) -> Int {
            guard !group.isEmpty else { return 0 }
            return Int(
                (Double(group.filter { talkedTo.contains($0.number) }.count) * 100 / Double(group.count)).rounded())
        }
        let overall = percent(students)
        func text(_ language: UILanguage) -> String {
            let perYear = years.map { year, group in
                Message(.conversationIndicatorYearShare, String(year), String(percent(group))).text(language)
            }.joined(separator: ", ")
            return Message(.conversationIndicatorShare, String(overall), perYear).text(language)
        }
        let with = students.filter { talkedTo.contains($0.number) }.count
        return .value(
            Localized(nl: text(.dutch), en: text(.english)), inOrder: with * 100 >= Self.threshold * students.count)
    }
}

/// What the conversation indicators share.
enum ConversationIndicators {
    /// The conversations held in a school year (1 August to 31 July).
    static func query(for schoolYear: SchoolYear) -> ConversationQuery {
        ConversationQuery(
            from: LOBDate(year: schoolYear.startYear, month: 8, day: 1),
            until: LOBDate(year: schoolYear.startYear + 1, month: 7, day: 31))
    }
}
