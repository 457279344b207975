extension StaffModule {
    /// The demo school's team: every mentor in the roster, the decaan and the LOB coordinator the policy
    /// names, and trainings in career conversations for 14 of the 34 mentors in the last two school years
    /// (a few more had another training longer ago).
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        var generator = SeededGenerator(seed: 0x7EA4_2026)
        let mentors = MentorRoster(students: try store.students(StudentQuery())).mentors.values.map(\.name)
            .sorted { Value.compareText($0, $1) == .orderedAscending }
        var members: [StaffMember] = []
        for name in mentors {
            members.append(try store.addStaffMember(StaffMember(name: name, roles: [.mentor])))
        }
        let adviser = try store.addStaffMember(
            StaffMember(name: "M. Jansen", roles: [.careersAdviser, .teacher], email: "m.jansen@zuiderlicht.example"))
        let coordinator = try store.addStaffMember(
            StaffMember(name: "S. el Idrissi", roles: [.coordinator], email: "s.elidrissi@zuiderlicht.example"))

        let recent = DemoTrainingDates(today: today, fromStartYear: today.schoolYear.startYear - 1)
        let older = DemoTrainingDates(today: today, fromStartYear: today.schoolYear.startYear - 3, years: 1)
        var courses = DemoDeck(
            DemoCourse(
                title: "Het dialogische loopbaangesprek", provider: "Expertisepunt LOB", hours: 6,
                subjects: [.careerConversations]),
            DemoCourse(
                title: "Loopbaangesprekken in de mentorles", provider: "Hogeschool Zuid", hours: 12,
                subjects: [.careerConversations, .choiceGuidance]),
            DemoCourse(
                title: "Coachend gesprekken voeren", provider: "Studiedag Zuiderlicht College", hours: 4,
                subjects: [.careerConversations]))
        let shuffled = generator.shuffled(members)
        // The agenda's demo assessment of A3 names "Training loopbaangesprekken voor 14 mentoren".
        let trainedCount = min(14, shuffled.count / 2)
        for member in shuffled.prefix(trainedCount) {
            guard let date = recent.draw(using: &generator) else { continue }
            let course = courses.draw(using: &generator)
            _ = try store.addTraining(course.training(of: member, on: date), memberID: member.id)
        }
        // A few mentors were trained longer ago: `team zonder-scholing` shows when.
        for member in shuffled.dropFirst(trainedCount).prefix(4) {
            guard let date = older.draw(using: &generator) else { continue }
            let course = DemoCourse(
                title: "Basistraining mentoraat", provider: "Hogeschool Zuid", hours: 8, subjects: [.choiceGuidance])
            _ = try store.addTraining(course.training(of: member, on: date), memberID: member.id)
        }
        let staffCourses: [(StaffMember, DemoCourse)] = [
            (
                adviser,
                DemoCourse(
                    title: "Doorstroom vmbo-havo en havo-hbo", provider: "Expertisepunt LOB", hours: 4,
                    subjects: [.transition, .choiceGuidance])
            ),
            (
                coordinator,
                DemoCourse(
                    title: "LOB-beleid en de kwaliteitsagenda", provider: "Expertisepunt LOB", hours: 8,
                    subjects: [.policy])
            ),
        ]
        for (member, course) in staffCourses {
            guard let date = recent.draw(using: &generator) else { continue }
            _ = try store.addTraining(course.training(of: member, on: date), memberID: member.id)
        }
    }
}

/// A course the demo's staff follow.
private struct DemoCourse: Sendable {
    var title: String
    var provider: String
    var hours: Double
    var subjects: [TrainingSubject]

    func training(of member: StaffMember, on date: LOBDate) -> StaffTraining {
        StaffTraining(
            memberName: member.name, title: title, provider: provider, date: date, hours: hours, subjects: subjects)
    }
}

/// Dates in school months (September to June) from the start of a school year, none after `today`.
private struct DemoTrainingDates {
    /// The (year, month) pairs dates are drawn from.
    let months: [(year: Int, month: Int)]
    let today: LOBDate

    init(today: LOBDate, fromStartYear startYear: Int, years: Int = 2) {
        self.today = today
        var months: [(year: Int, month: Int)] = []
        for schoolYear in startYear..<(startYear + years) {
            for month in [9, 10, 11, 12, 1, 2, 3, 4, 5, 6] {
                let year = month >= 8 ? schoolYear : schoolYear + 1
                if let first = LOBDate(year: year, month: month, day: 1), first <= today {
                    months.append((year, month))
                }
            }
        }
        self.months = months
    }

    /// A working-month date, at most `today`; nil only when no month has begun yet.
    func draw(using generator: inout SeededGenerator) -> LOBDate? {
        guard !months.isEmpty else { return nil }
        let picked = months[generator.index(below: months.count)]
        return LOBDate(year: picked.year, month: picked.month, day: generator.int(in: 1...28)).map { min($0, today) }
    }
}
