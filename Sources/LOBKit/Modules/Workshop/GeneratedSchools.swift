import Foundation

/// What `demo genereer` is asked to make.
struct GenerationPlan: Sendable {
    /// Current students, over all vestigingen.
    var students: Int
    /// Vestigingen, each with its own BRIN.
    var schools: Int
    /// School years of history, the current one included.
    var schoolYears: Int
    var seed: UInt64
    /// The day the data is generated on: nothing happens after it.
    var today: LOBDate
}

/// What was generated, for the command's summary.
struct GenerationSummary: Sendable, Equatable {
    var schools = 0
    var students = 0
    var activities = 0
    var participations = 0
    var conversations = 0
    var alumni = 0
}

/// Generates a school board (or the whole country) into an empty store, school by school: the rows of one
/// school at a time are in memory, never the whole data set, and they are written with prepared statements
/// in transactions of a few thousand students each.
///
/// The same plan (seed included) always gives the same rows. The policy, the agenda scan, the board-wide
/// activity catalogue, the obligations, satisfaction results and evaluations come from those modules' own
/// demo data; students, each school's own activities, participations with reflections, conversations with
/// afspraken and alumni destinations are generated here.
struct SchoolDataGenerator {
    /// The modules whose demo data describe the board as a whole rather than the demo school's students.
    static let boardWideModules: Set<String> = [
        "beleid", "agenda", "activiteit", "verplichting", "tevredenheid", "evaluatie",
    ]
    /// Students per transaction: large enough to amortise the commit, small enough to keep the WAL small.
    static let studentsPerTransaction = 5_000
    static let classSize = 25

    let plan: GenerationPlan
    let store: Store
    let modules: [any CommandModule]
    /// Receives the CSV rows (students, alumni) as they are written; nil writes no CSV.
    let csv: GeneratedCSV?
    /// Called after every transaction with the number of students done.
    let progress: (Int) -> Void

    /// Generates everything; the store is expected to be empty and migrated.
    func run() throws(LOBError) -> GenerationSummary {
        var summary = GenerationSummary()
        var catalogue: [(activity: Activity, id: Int64)] = []
        try store.transaction { transaction throws(LOBError) in
            for module in modules where Self.boardWideModules.contains(module.name) {
                try module.loadDemoData(into: transaction, today: plan.today)
            }
            let ids = try transaction.activityIDs()
            catalogue = try transaction.activities().compactMap { activity in
                ids[activity.code].map { (activity, $0) }
            }
        }
        summary.activities = catalogue.count
        var draw = GenerationDraw(seed: plan.seed)
        let sizes = Self.schoolSizes(students: plan.students, schools: plan.schools, using: &draw.generator)
        var nextStudentNumber = 1_000_000
        var nextAlumnusNumber = 5_000_000
        for (index, size) in sizes.enumerated() {
            let school = GeneratedSchool(index: index, kind: draw.schoolKind())
            let groups = school.groups(students: size, using: &draw.generator)
            var branchID: Int64 = 0
            var own: [(activity: Activity, id: Int64)] = []
            var pending = groups.flatMap { group in
                Array(repeating: (group.type, group.year), count: group.count)
            }[...]
            var classCounter: [String: Int] = [:]
            var mentors: [String: String] = [:]
            var first = true
            while first || !pending.isEmpty {
                let batch = pending.prefix(Self.studentsPerTransaction)
                pending = pending.dropFirst(batch.count)
                try store.transaction { transaction throws(LOBError) in
                    let writer = try GeneratedDataWriter(transaction)
                    if first {
                        branchID = try writer.addBranch(brin: school.brin, name: school.name)
                        for activity in school.ownActivities(groups.map(\.type)) {
                            own.append((activity, try writer.addActivity(activity)))
                        }
                        summary.schools += 1
                        summary.activities += own.count
                    }
                    for (type, year) in batch {
                        let key = "\(type.rawValue)\(year)"
                        let position = classCounter[key, default: 0]
                        classCounter[key] = position + 1
                        let className = school.className(type: type, year: year, position: position)
                        let mentor = mentors[className] ?? draw.mentor()
                        mentors[className] = mentor
                        let student = draw.student(
                            number: String(nextStudentNumber), type: type, year: year, className: className,
                            mentor: mentor, branchID: branchID)
                        nextStudentNumber += 1
                        let studentID = try writer.addStudent(student)
                        try csv?.student(student, brin: school.brin)
                        summary.students += 1
                        let history = GeneratedHistory(plan: plan, student: student)
                        for participation in history.participations(
                            catalogue: catalogue + own, draw: &draw)
                        {
                            try writer.addParticipation(
                                participation.row, activityID: participation.activityID, studentID: studentID)
                            summary.participations += 1
                        }
                        for conversation in history.conversations(draw: &draw) {
                            try writer.addConversation(conversation, studentID: studentID)
                            summary.conversations += 1
                        }
                    }
                    if pending.isEmpty {
                        for group in groups where group.year == group.type.finalYear {
                            for alumnus in GeneratedHistory.alumni(
                                plan: plan, type: group.type, perCohort: group.count, firstNumber: &nextAlumnusNumber,
                                draw: &draw)
                            {
                                try writer.addAlumnus(alumnus)
                                try csv?.alumnus(alumnus)
                                summary.alumni += 1
                            }
                        }
                    }
                }
                first = false
                progress(summary.students)
            }
        }
        try csv?.finish()
        return summary
    }

    /// Students per school: 50 to 150 percent of the average, adding up to exactly `students`.
    static func schoolSizes(students: Int, schools: Int, using generator: inout SeededGenerator) -> [Int] {
        guard schools > 0 else { return [] }
        let weights = (0..<schools).map { _ in 50 + generator.index(below: 101) }
        let total = weights.reduce(0, +)
        var sizes = weights.map { students * $0 / total }
        var rest = students - sizes.reduce(0, +)
        var index = 0
        while rest > 0 {
            sizes[index % schools] += 1
            rest -= 1
            index += 1
        }
        return sizes
    }
}

/// The decks and random numbers of one generation.
struct GenerationDraw {
    var generator: SeededGenerator
    /// Texts come from a generator of their own, so that a longer text does not shift the next student's rolls.
    var texts: SeededGenerator
    var givenNames = DemoNames.givenNames
    var surnames = DemoNames.surnames
    var initials = DemoNames.initials
    var reflections = DemoReflections()
    var conversationTexts = DemoConversationTexts()
    var profileDecks: [SchoolType: DemoDeck<String>] = [:]

    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
        texts = SeededGenerator(seed: seed ^ 0x5445_5854)
    }

    /// A scholengemeenschap with every school type (half of the schools), a vmbo school or a havo/vwo school.
    mutating func schoolKind() -> GeneratedSchool.Kind {
        switch generator.index(below: 20) {
        case 0..<10: .broad
        case 10..<16: .vmbo
        default: .havoVwo
        }
    }

    mutating func mentor() -> String {
        let (infix, surname) = DemoNames.split(surnames.draw(using: &generator))
        return "\(initials.draw(using: &generator)). \(infix.map { $0 + " " } ?? "")\(surname)"
    }

    mutating func profile(for type: SchoolType) -> String {
        var deck = profileDecks[type] ?? DemoSchool.profiles(for: type)
        let profile = deck.draw(using: &generator)
        profileDecks[type] = deck
        return profile
    }

    mutating func student(
        number: String, type: SchoolType, year: Int, className: String, mentor: String, branchID: Int64
    ) -> Student {
        let (infix, surname) = DemoNames.split(surnames.draw(using: &generator))
        return Student(
            number: number, givenName: givenNames.draw(using: &generator), infix: infix ?? "", surname: surname,
            className: className, year: year, schoolType: type,
            profile: year >= DemoSchool.profileYear(for: type) ? profile(for: type) : "", mentor: mentor,
            branchID: branchID)
    }
}

/// One generated vestiging: its BRIN, name, school types and own activities.
struct GeneratedSchool {
    enum Kind {
        case broad, vmbo, havoVwo

        /// The school types with their share of the students, in percent.
        var shares: [(SchoolType, Int)] {
            switch self {
            case .broad: [(.vmboBB, 8), (.vmboKB, 10), (.vmboGL, 4), (.vmboTL, 18), (.havo, 30), (.vwo, 30)]
            case .vmbo: [(.vmboBB, 20), (.vmboKB, 25), (.vmboGL, 10), (.vmboTL, 45)]
            case .havoVwo: [(.havo, 55), (.vwo, 45)]
            }
        }
    }

    static let places = [
        "Amersfoort", "Zwolle", "Leiden", "Breda", "Almere", "Tilburg", "Groningen", "Arnhem", "Delft", "Emmen",
        "Venlo", "Hoorn", "Gouda", "Assen", "Deventer", "Middelburg",
    ]
    static let names = ["College", "Lyceum", "Scholengemeenschap", "Campus", "Montessori College", "Vakcollege"]

    let index: Int
    let kind: Kind

    /// A BRIN code of two digits and two letters that DUO does not hand out (from `90AA` on).
    var brin: String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let letterPair = index % (26 * 26)
        let first = letters[(letterPair / 26) % 26]
        let second = letters[letterPair % 26]
        return "\(90 + index / (26 * 26))\(first)\(second)"
    }

    var name: String {
        "\(Self.names[index % Self.names.count]) \(Self.places[(index / Self.names.count) % Self.places.count]) \(brin)"
    }

    /// How many students each school type and leerjaar has, in the school's proportions.
    func groups(students: Int, using generator: inout SeededGenerator) -> [(type: SchoolType, year: Int, count: Int)] {
        var counts: [SchoolType: [Int: Int]] = [:]
        let shares = kind.shares
        let total = shares.reduce(0) { $0 + $1.1 }
        for _ in 0..<students {
            var roll = generator.index(below: total)
            var chosen = shares[0].0
            for (type, share) in shares {
                if roll < share {
                    chosen = type
                    break
                }
                roll -= share
            }
            let year = generator.int(in: 1...chosen.finalYear)
            counts[chosen, default: [:]][year, default: 0] += 1
        }
        return SchoolType.allCases.flatMap { type in
            (1...type.finalYear).compactMap { year in
                counts[type]?[year].map { (type: type, year: year, count: $0) }
            }
        }
    }

    /// Classes of 25: "H3A", "H3B", ...
    func className(type: SchoolType, year: Int, position: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let number = position / SchoolDataGenerator.classSize
        let letter = number < letters.count ? String(letters[number]) : "Z\(number)"
        return "\(DemoSchool.classLetter(for: type))\(year)\(letter)"
    }

    /// Three activities of the school's own, for all its school types and leerjaren.
    func ownActivities(_ types: [SchoolType]) -> [Activity] {
        let schoolTypes = SchoolType.allCases.filter(types.contains)
        let years = Array(1...(schoolTypes.map(\.finalYear).max() ?? 6))
        return [
            Activity(
                code: "\(brin)-GAST", name: "Gastlessen beroepen \(brin)", kind: .guestLesson,
                schoolTypes: schoolTypes, years: years, competencies: [.workExploration, .motives]),
            Activity(
                code: "\(brin)-BEDR", name: "Bedrijfsbezoek in de regio \(brin)", kind: .companyVisit,
                schoolTypes: schoolTypes, years: years, competencies: [.workExploration, .networking]),
            Activity(
                code: "\(brin)-MENT", name: "Mentorlessen loopbaan \(brin)", kind: .lesson,
                schoolTypes: schoolTypes, years: years, competencies: [.qualities, .careerSteering]),
        ]
    }
}
