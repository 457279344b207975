extension ConversationsModule {
    /// The demo school's conversations this school year, up to `today`: about 60% of the students had one
    /// (some two) with their mentor, some with a parent, some reflecting on a participation; some have a
    /// private note, and some afspraken are overdue.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let students = try store.students(StudentQuery()).sorted { $0.number < $1.number }
        guard !students.isEmpty else { return }
        let activities = Dictionary(
            try store.activities().map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let yearStart = LOBDate(year: today.schoolYear.startYear, month: 8, day: 1)
        let participations = Dictionary(
            grouping: try store.participations(
                ParticipationQuery(from: yearStart, until: today, status: .participated)),
            by: \.studentNumber)
        let calendar = DemoParticipationCalendar(today: today)
        let todayNumber = DemoParticipationCalendar.dayNumber(today)
        var generator = SeededGenerator(seed: 20_261_101)
        // Texts draw from a generator of their own, so that their length does not shift the rolls.
        var textGenerator = SeededGenerator(seed: 20_261_102)
        var texts = DemoConversationTexts()
        let counsellor = "M. Koster"

        for student in students {
            let rolls = (0..<12).map { _ in generator.index(below: 100) }
            let roll = { (index: Int) in index < rolls.count ? rolls[index] : 0 }
            guard roll(0) < 60 else { continue }
            let count = roll(1) < 25 ? 2 : 1
            for index in 0..<count {
                // The second conversation comes later in the year than the first.
                let position = index == 0 ? 0.05 + Double(roll(2)) / 200 : 0.6 + Double(roll(3)) / 260
                let date = calendar.date(at: position, onSaturday: false)
                let kindRoll = roll(4 + index)
                let kind: ConversationKind =
                    kindRoll < 18 ? .triangle : kindRoll < 30 ? .choice : kindRoll < 38 && index > 0 ? .review : .career
                var participants: [ConversationParticipant] = []
                if !student.mentor.isEmpty {
                    participants.append(ConversationParticipant(role: .mentor, name: student.mentor))
                }
                if kind == .triangle {
                    let title = roll(6) < 60 ? "mevr." : "dhr."
                    let surname = [student.infix, student.surname].filter { !$0.isEmpty }.joined(separator: " ")
                    participants.append(ConversationParticipant(role: .parent, name: "\(title) \(surname)"))
                }
                if kind == .choice { participants.append(ConversationParticipant(role: .counsellor, name: counsellor)) }
                let earlier = (participations[student.number] ?? []).filter { $0.date <= date }.sorted {
                    $0.date < $1.date
                }
                let linked = roll(7) < 45 ? earlier.last : nil
                var agreements: [Agreement] = []
                let agreementCount = roll(8 + index) < 20 ? 0 : roll(8 + index) < 75 ? 1 : 2
                let dateNumber = DemoParticipationCalendar.dayNumber(date)
                for number in 0..<agreementCount {
                    let byStaff = number == 1 && roll(10) < 50
                    let what =
                        byStaff ? texts.staffAction(using: &textGenerator) : texts.studentAction(using: &textGenerator)
                    let dueNumber = dateNumber + 14 + textGenerator.index(below: 29)
                    let doneRoll = textGenerator.index(below: 100)
                    var done: LOBDate?
                    // Most afspraken that are due by now are done (a few days early or late); the rest are overdue.
                    if dueNumber <= todayNumber ? doneRoll < 88 : dueNumber <= todayNumber + 10 && doneRoll < 25 {
                        let doneNumber = min(todayNumber, max(dateNumber + 1, dueNumber - 5 + doneRoll % 9))
                        done = DemoParticipationCalendar.date(doneNumber)
                    }
                    agreements.append(
                        Agreement(
                            what: what,
                            by: byStaff ? "mentor" : kind == .triangle && number == 1 ? "ouder" : "leerling",
                            due: DemoParticipationCalendar.date(dueNumber), done: done))
                }
                var topics = [texts.topic(using: &textGenerator)]
                let second = texts.topic(using: &textGenerator)
                if second != topics.first { topics.append(second) }
                let competencyCount = 1 + textGenerator.index(below: 2)
                let competencies = (0..<competencyCount).map { _ in
                    Competency.allCases[textGenerator.index(below: Competency.allCases.count)]
                }
                let conversation = Conversation(
                    studentNumber: student.number, date: date, kind: kind, participants: participants, topics: topics,
                    competencies: competencies.reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                    report: texts.report(
                        for: student, activity: linked.map { activities[$0.activityCode] ?? $0.activityCode },
                        using: &textGenerator),
                    agreements: agreements,
                    linkedActivities: linked.map { ["\($0.activityCode) \($0.date.description)"] } ?? [],
                    recordedBy: student.mentor)
                let note = roll(11) < 15 && index == 0 ? texts.note(using: &textGenerator) : nil
                _ = try store.addConversation(conversation, privateNote: note)
            }
        }
    }
}
