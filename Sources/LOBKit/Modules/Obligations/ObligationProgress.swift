/// How far one student is with the rules of their group on a peildatum.
///
/// What counts: participations with status `deelgenomen`, dated from 1 August of the school year the
/// peildatum falls in up to and including the peildatum. A student's group is their school type and
/// leerjaar as the roster has them now.
struct ObligationProgress: Sendable {
    /// One rule's part of it.
    struct Item: Sendable {
        var rule: ObligationRule
        /// The different activities done that count for the rule, in the order they were first done.
        var done: [String]
        /// For a rule of specific activities: those not done yet.
        var missing: [String]

        /// How many activities the rule still asks for.
        var open: Int {
            if case .activities = rule.requirement { return missing.count }
            return max(0, rule.requirement.required - done.count)
        }

        /// Whether the student has done at least what is due by `date` (see `ObligationSchedule`).
        func isOnTrack(on date: LOBDate) -> Bool {
            done.count >= ObligationSchedule.due(rule.requirement.required, on: date)
        }

        /// What is open in short words, the same in both languages: `1 × open-dag`, `OUDL-5H`.
        var openParts: [String] {
            switch rule.requirement {
            case .kind(let kind, _): open > 0 ? ["\(open) × \(kind.rawValue)"] : []
            case .competency(let competency, _): open > 0 ? ["\(open) × \(competency.rawValue)"] : []
            case .activities: missing
            }
        }
    }

    let student: Student
    let asOf: LOBDate
    let items: [Item]
    /// The participations that count for a rule, the first of each activity, by date.
    let counted: [Participation]

    /// Measures `student` against the rules of their group (other rules are passed over).
    init(
        student: Student, rules: [ObligationRule], participations: [Participation], catalogue: [String: Activity],
        asOf: LOBDate
    ) {
        self.student = student
        self.asOf = asOf
        let start = ObligationSchedule.firstDay(of: asOf.schoolYear) ?? asOf
        var firsts: [Participation] = []
        var seen = Set<String>()
        for participation in participations.sorted(by: { $0.date < $1.date })
        where participation.studentNumber == student.number && participation.status == .participated
            && participation.date >= start && participation.date <= asOf
        {
            if seen.insert(participation.activityCode.uppercased()).inserted { firsts.append(participation) }
        }
        let doneCodes = firsts.map(\.activityCode)
        func activity(_ code: String) -> Activity? { catalogue[code.uppercased()] }

        items = rules.filter { $0.applies(to: student) }.map { rule in
            switch rule.requirement {
            case .kind(let kind, _):
                return Item(rule: rule, done: doneCodes.filter { activity($0)?.kind == kind }, missing: [])
            case .competency(let competency, _):
                return Item(
                    rule: rule, done: doneCodes.filter { activity($0)?.competencies.contains(competency) == true },
                    missing: [])
            case .activities(let codes):
                return Item(
                    rule: rule, done: codes.filter { seen.contains($0.uppercased()) },
                    missing: codes.filter { !seen.contains($0.uppercased()) })
            }
        }
        let counting = Set(items.flatMap(\.done).map { $0.uppercased() })
        counted = firsts.filter { counting.contains($0.activityCode.uppercased()) }
    }

    /// Whether every rule is met.
    var isMet: Bool { items.allSatisfy { $0.open == 0 } }

    /// Whether the student has done what is due by the peildatum for every rule.
    var isOnTrack: Bool { items.allSatisfy { $0.isOnTrack(on: asOf) } }

    /// How many activities are still open, over all rules.
    var openCount: Int { items.reduce(0) { $0 + $1.open } }

    /// `1 × open-dag; OUDL-5H`
    var openSummary: String { items.flatMap(\.openParts).joined(separator: "; ") }

    /// The progress on `asOf` of every student in `students` whose group has rules, in the order given.
    static func measure(_ students: [Student], asOf: LOBDate, in store: StoreTransaction) throws(LOBError)
        -> [ObligationProgress]
    {
        let rules = try store.obligationRules()
        let groups = Set(rules.map(\.group))
        let concerned = students.filter { groups.contains(ObligationGroup($0)) }
        guard !concerned.isEmpty else { return [] }
        let catalogue = Dictionary(
            try store.activities().map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
        // A few students are looked up by number; for a whole school one query for everyone is cheaper than
        // thousands of SQL parameters (the init keeps each student's own).
        let numbers = concerned.count <= 100 ? concerned.map(\.number) : nil
        let participations = try store.participations(
            ParticipationQuery(
                studentNumbers: numbers, from: ObligationSchedule.firstDay(of: asOf.schoolYear), until: asOf,
                status: .participated))
        let perStudent = Dictionary(grouping: participations, by: \.studentNumber)
        return concerned.map { student in
            ObligationProgress(
                student: student, rules: rules, participations: perStudent[student.number] ?? [],
                catalogue: catalogue, asOf: asOf)
        }
    }
}
