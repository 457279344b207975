import Testing

@testable import LOBKit

/// The demo school must be identical on every run and look like a real Dutch secondary school.
struct DemoSchoolTests {
    let students = DemoSchool.students()

    @Test func theSameSeedGivesTheSameSchool() {
        #expect(DemoSchool.students() == students)
        #expect(DemoSchool.students(seed: 7) == DemoSchool.students(seed: 7))
        #expect(DemoSchool.students(seed: 7) != students)
    }

    @Test func theDefaultSchoolStaysTheSameAcrossReleases() throws {
        // Pins the default seed's output, so a change in generation (not just nondeterminism) is noticed:
        // trainers' handouts refer to these students.
        #expect(students.count == 787)
        let first = try #require(students.first)
        #expect(first.className == "B1A")
        #expect(first.number == "1500")
        #expect(first.fullName == "Fenna van Beek")
    }

    @Test func theSchoolHasAtLeastSixHundredStudents() {
        #expect(students.count >= 600)
    }

    @Test func everySchoolTypeHasEveryLeerjaar() {
        for type in SchoolType.allCases {
            for year in 1...type.finalYear {
                #expect(students.contains { $0.schoolType == type && $0.year == year }, "\(type.rawValue) \(year)")
            }
        }
    }

    @Test func everyLeerjaarIsWithinTheSchoolTypesRange() {
        for student in students {
            #expect((1...student.schoolType.finalYear).contains(student.year), "\(student.number)")
        }
    }

    @Test func studentNumbersAreUniqueStringsOfDigits() {
        #expect(Set(students.map(\.number)).count == students.count)
        for student in students {
            #expect(
                (4...6).contains(student.number.count) && student.number.allSatisfy(\.isASCII)
                    && student.number.allSatisfy(\.isNumber), "\(student.number)")
        }
    }

    @Test func classNamesConsistOfTypeLetterLeerjaarAndClassLetter() {
        for student in students {
            let prefix = DemoSchool.classLetter(for: student.schoolType) + String(student.year)
            #expect(student.className.hasPrefix(prefix), "\(student.className)")
            let letter = student.className.dropFirst(prefix.count)
            #expect(letter.count == 1 && letter.allSatisfy { $0.isUppercase && $0.isASCII }, "\(student.className)")
        }
    }

    @Test func classesHaveTwentyToThirtyStudents() {
        let sizes = Dictionary(grouping: students, by: \.className).mapValues(\.count)
        for (className, size) in sizes {
            #expect((20...30).contains(size), "\(className): \(size)")
        }
    }

    @Test func schoolTypeSharesAreRealistic() {
        func share(_ isIncluded: (SchoolType) -> Bool) -> Double {
            Double(students.count { isIncluded($0.schoolType) }) / Double(students.count)
        }
        #expect((0.35...0.48).contains(share(\.isVmbo)))
        #expect((0.27...0.38).contains(share { $0 == .havo }))
        #expect((0.20...0.32).contains(share { $0 == .vwo }))
    }

    @Test func profilesArePresentExactlyFromTheProfileYearOn() {
        for student in students {
            if student.year >= DemoSchool.profileYear(for: student.schoolType) {
                let profile = student.profile ?? ""
                #expect(DemoSchool.profiles(for: student.schoolType).cards.contains(profile), "\(student.number)")
            } else {
                #expect(student.profile == nil, "\(student.number)")
            }
        }
    }

    @Test func havoAndVwoProfilesAreTheFourProfielen() {
        let profiles = Set(students.filter { !$0.schoolType.isVmbo }.compactMap(\.profile))
        #expect(profiles == ["NT", "NG", "EM", "CM"])
    }

    @Test(arguments: [20_260_901, 1, 42, 9999] as [UInt64])
    func theNamesWorkshopsDemonstrateArePresent(seed: UInt64) {
        let school = DemoSchool.students(seed: seed)
        #expect(school.contains { $0.givenName == "Zoë" })
        #expect(school.contains { $0.surname == "Özdemir" })
        #expect(school.contains { $0.infix == "'t" && $0.surname == "Hart" })
        let jansNames = Set(school.map(\.surname).filter { $0.hasPrefix("Jans") })
        #expect(jansNames.isSuperset(of: ["Jansen", "Janssen", "Jansma"]))
    }

    @Test func infixesAreSplitOffTheSurname() {
        #expect(students.contains { $0.infix == "van der" && $0.surname == "Meer" })
        #expect(students.contains { $0.infix == nil && $0.surname == "El Amrani" })
        for student in students {
            #expect(student.surname.first?.isLowercase == false, "\(student.fullName)")
            #expect(student.infix.map(DemoNames.infixes.contains) ?? true, "\(student.fullName)")
        }
        // Most Dutch people have no tussenvoegsel.
        #expect(students.count { $0.infix == nil } * 2 > students.count)
    }

    @Test func fullNamesAreUnique() {
        #expect(Set(students.map(\.fullName)).count == students.count)
    }

    @Test func everyClassHasOneMentorAndNoMentorHasTwoClasses() {
        let mentorsByClass = Dictionary(grouping: students, by: \.className).mapValues { Set($0.map(\.mentor)) }
        for (className, mentors) in mentorsByClass {
            #expect(mentors.count == 1, "\(className)")
        }
        #expect(Set(mentorsByClass.values.compactMap(\.first)).count == mentorsByClass.count)
    }

    @Test func mentorNamesAreInitialDotSurname() {
        for mentor in Set(students.map(\.mentor)) {
            let initial = mentor.prefix(3)
            #expect(initial.first?.isUppercase == true && initial.dropFirst().elementsEqual(". "), "\(mentor)")
            #expect(mentor.count > 4, "\(mentor)")
        }
        // Mentors' names come from the same lists, so some carry a tussenvoegsel ("J. de Vries").
        #expect(students.contains { student in DemoNames.infixes.contains { student.mentor.contains(" \($0) ") } })
    }

    @Test func identityIsAFictionalBrinWithBranchZero() {
        let brin = DemoSchool.identity.brin
        #expect(brin.count == 4)
        #expect(brin.prefix(2).allSatisfy { $0.isASCII && $0.isNumber })
        #expect(brin.suffix(2).allSatisfy { $0.isASCII && $0.isUppercase })
        #expect(DemoSchool.identity.branch == "00")
        #expect(!DemoSchool.identity.name.isEmpty)
    }

    @Test func theGeneratorIsSplitMix64() {
        // Reference output of SplitMix64 for seed 0.
        var generator = SeededGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func theGeneratorRepeatsItsSequenceForTheSameSeed() {
        var first = SeededGenerator(seed: 99)
        var second = SeededGenerator(seed: 99)
        #expect((0..<100).map { _ in first.next() } == (0..<100).map { _ in second.next() })
        var bounded = SeededGenerator(seed: 1)
        #expect((0..<1000).allSatisfy { _ in (3...5).contains(bounded.int(in: 3...5)) })
    }
}
