/// A student of the fictional demo school.
struct DemoStudent: Sendable, Equatable {
    /// Leerlingnummer: unique, four digits from 1001 on.
    var number: String
    /// Roepnaam.
    var givenName: String
    /// Tussenvoegsel ("de", "van der", "'t", ...); nil for most students.
    var infix: String?
    /// Achternaam without the tussenvoegsel.
    var surname: String
    /// Klas, e.g. "H3B": school-type letter, leerjaar, class letter.
    var className: String
    /// Leerjaar, 1 up to the school type's final year.
    var year: Int
    /// The school type the student is in.
    var schoolType: SchoolType
    /// Profiel (or vmbo-tl sector); nil below the profile year.
    var profile: String?
    /// The class mentor's name, e.g. "J. de Vries"; the same for everyone in a class.
    var mentor: String

    /// The name as written in a sentence: "Zoë 't Hart".
    var fullName: String { Student.fullName(given: givenName, infix: infix ?? "", surname: surname) }
}

/// The demo school's identity (one vestiging).
struct DemoSchoolIdentity: Sendable, Equatable {
    /// BRIN number (fictional).
    var brin: String
    /// Vestigingsnummer.
    var branch: String
    /// The school's name.
    var name: String
}

/// A fictional school for live workshops (`lobsh --demo`), generated deterministically from a seed.
enum DemoSchool {
    /// The demo school's identity; "99ZZ" is not a BRIN that DUO hands out, so it cannot be mistaken for a real school.
    static let identity = DemoSchoolIdentity(brin: "99ZZ", branch: "00", name: "Het Zuiderlicht College")

    /// The leerjaar from which students of `type` have a profiel (vmbo 3, havo and vwo 4).
    static func profileYear(for type: SchoolType) -> Int { type.isVmbo ? 3 : 4 }

    /// The letter that starts the class names of `type` ("T" in "T3A").
    static func classLetter(for type: SchoolType) -> String {
        switch type {
        case .vmboBB: "B"
        case .vmboKB: "K"
        case .vmboGL: "G"
        case .vmboTL: "T"
        case .havo: "H"
        case .vwo: "V"
        }
    }

    /// The profielen students of `type` choose from, weighted by how often schools see them.
    static func profiles(for type: SchoolType) -> DemoDeck<String> {
        switch type {
        case .vmboBB, .vmboKB, .vmboGL:
            // The beroepsgerichte profielen this school offers (not all ten exist at every school).
            DemoDeck(
                weighted: ("Economie en ondernemen", 3), ("Zorg en welzijn", 3), ("Bouwen, wonen en interieur", 2),
                ("Produceren, installeren en energie", 2), ("Media, vormgeving en ICT", 2),
                ("Dienstverlening en producten", 2), ("Horeca, bakkerij en recreatie", 1), ("Groen", 1)
            )
        case .vmboTL:
            // vmbo-tl students choose a sector.
            DemoDeck(weighted: ("Economie", 4), ("Zorg en welzijn", 3), ("Techniek", 3), ("Landbouw", 1))
        case .havo:
            DemoDeck(weighted: ("EM", 4), ("NG", 3), ("CM", 2), ("NT", 2))
        case .vwo:
            DemoDeck(weighted: ("NG", 3), ("NT", 3), ("EM", 3), ("CM", 1))
        }
    }

    /// How many classes a leerjaar of `type` has and how large they are.
    ///
    /// Every vmbo path has one class per year (vmbo ~43%), havo two (~31%), vwo two in the lower years
    /// and one in the upper years (~26%): about 790 students in classes of 20–30.
    static func classPlan(for type: SchoolType, year: Int) -> (classes: Int, sizes: ClosedRange<Int>) {
        switch type {
        case .vmboBB, .vmboKB, .vmboGL, .vmboTL: (1, 20...23)
        case .havo: (2, 22...26)
        case .vwo: year <= 2 ? (2, 22...25) : (1, 26...30)
        }
    }

    /// All students of the demo school, ordered by school type, leerjaar, class and name.
    ///
    /// The same seed always gives the same school; the default is the one trainers' handouts refer to.
    static func students(seed: UInt64 = 20_260_901) -> [DemoStudent] {
        var draw = SchoolDraw(generator: SeededGenerator(seed: seed))
        var students: [DemoStudent] = []
        for type in SchoolType.allCases {
            for year in 1...type.finalYear {
                let plan = classPlan(for: type, year: year)
                for letter in "ABCD".prefix(plan.classes) {
                    let className = "\(classLetter(for: type))\(year)\(letter)"
                    let mentor = draw.mentor()
                    for _ in 0..<draw.generator.int(in: plan.sizes) {
                        let name = draw.studentName()
                        let profile = year >= profileYear(for: type) ? draw.profile(for: type) : nil
                        students.append(
                            DemoStudent(
                                number: "", givenName: name.given, infix: name.infix, surname: name.surname,
                                className: className, year: year, schoolType: type, profile: profile, mentor: mentor
                            ))
                    }
                }
            }
        }
        // Numbers are handed out shuffled, as at a school where they follow enrolment rather than class.
        let numbers = draw.generator.shuffled(Array(1001..<(1001 + students.count)))
        for (index, number) in zip(students.indices, numbers) {
            students[index].number = String(number)
        }
        // The number breaks every tie, so the order is total and does not depend on the sort's stability.
        return students.sorted {
            ($0.schoolType, $0.year, $0.className, $0.surname, $0.givenName, $0.number)
                < ($1.schoolType, $1.year, $1.className, $1.surname, $1.givenName, $1.number)
        }
    }
}

/// The generator and decks shared while one demo school is drawn.
private struct SchoolDraw {
    /// Redraws before accepting a duplicate; only a guard against looping, never reached with the lists as they are.
    static let maxAttempts = 50

    var generator: SeededGenerator
    var givenNames = DemoNames.givenNames
    var surnames = DemoNames.surnames
    var teacherSurnames = DemoNames.surnames
    var initials = DemoNames.initials
    var profileDecks: [SchoolType: DemoDeck<String>] = [:]
    var takenNames: Set<String> = []
    var takenMentors: Set<String> = []

    /// A teacher name ("J. de Vries") that mentors no other class yet.
    mutating func mentor() -> String {
        var mentor: String
        var attempts = 0
        repeat {
            let (infix, surname) = DemoNames.split(teacherSurnames.draw(using: &generator))
            mentor = "\(initials.draw(using: &generator)). \(infix.map { $0 + " " } ?? "")\(surname)"
            attempts += 1
        } while takenMentors.contains(mentor) && attempts < Self.maxAttempts
        takenMentors.insert(mentor)
        return mentor
    }

    /// A student's name not yet in the school.
    ///
    /// Two "Sem de Jong"s would confuse a live demo, so only the given name is redrawn; surnames are never
    /// skipped, which keeps every surname of the list (such as "'t Hart") in the school.
    mutating func studentName() -> (given: String, infix: String?, surname: String) {
        let (infix, surname) = DemoNames.split(surnames.draw(using: &generator))
        var given: String
        var key: String
        var attempts = 0
        repeat {
            given = givenNames.draw(using: &generator)
            key = "\(given)|\(infix ?? "")|\(surname)"
            attempts += 1
        } while takenNames.contains(key) && attempts < Self.maxAttempts
        takenNames.insert(key)
        return (given, infix, surname)
    }

    /// The next profiel for a student of `type`, from one deck per school type so the weights hold per type.
    mutating func profile(for type: SchoolType) -> String {
        var deck = profileDecks[type] ?? DemoSchool.profiles(for: type)
        let profile = deck.draw(using: &generator)
        profileDecks[type] = deck
        return profile
    }
}
