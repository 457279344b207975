extension ParticipationModule {
    /// The demo school's participations this school year, up to `today`: most students take part in most
    /// activities meant for them, a few were absent, about two thirds reflected (more in some classes than
    /// in others), and some students are clearly behind.
    ///
    /// Who takes part in what never depends on `today`; only the dates do. The activities keep their order
    /// through the year (parents' evenings early, applying for follow-up education late), squeezed into the
    /// part of the school year that has passed, so that the demo has a full picture on any day.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let students = try store.students(StudentQuery()).sorted { $0.number < $1.number }
        let activities = try store.activities()
        guard !students.isEmpty, !activities.isEmpty else { return }
        let calendar = DemoParticipationCalendar(today: today)
        var generator = SeededGenerator(seed: 20_261_002)
        // The texts come from a generator of their own: how many draws a reflection takes must not shift
        // the rolls of the students after it.
        var textGenerator = SeededGenerator(seed: 20_261_003)
        var reflections = DemoReflections()

        // Some mentors get their classes to reflect more than others: 45 to 85 percent.
        var reflectionRate: [String: Int] = [:]
        for className in Set(students.map(\.className)).sorted() {
            reflectionRate[className] = 45 + generator.index(below: 41)
        }
        let schedule = Dictionary(
            activities.map { ($0.code, DemoParticipationCalendar.slots(for: $0)) },
            uniquingKeysWith: { first, _ in first })

        var participations: [Participation] = []
        for student in students {
            let behind = generator.index(below: 100) < 7
            for activity in activities where activity.isFor(student.schoolType, year: student.year) {
                let slots =
                    schedule[activity.code] ?? DemoParticipationCalendar.Slots(positions: [0.5], onSaturday: false)
                // Every roll is drawn whatever the outcome, so that one student's luck does not shift the next's.
                let takesPart = generator.index(below: 100) < (behind ? 12 : activity.required ? 93 : 74)
                let slot = generator.index(below: slots.positions.count)
                let absent = generator.index(below: 100) < 5
                let reflects = generator.index(below: 100) < (behind ? 15 : reflectionRate[student.className] ?? 65)
                let fieldsRoll = generator.index(below: 10)
                guard takesPart, slot < slots.positions.count else { continue }
                var participation = Participation(
                    activityCode: activity.code, studentNumber: student.number,
                    date: calendar.date(at: slots.positions[slot], onSaturday: slots.onSaturday),
                    status: absent ? .absent : .participated)
                if !absent, reflects {
                    // Most fill in all four fields; some stop after the results or the evaluation.
                    let fields = fieldsRoll < 7 ? 4 : fieldsRoll < 9 ? 3 : 2
                    reflections.fill(&participation, kind: activity.kind, fields: fields, using: &textGenerator)
                }
                participations.append(participation)
            }
        }
        try store.saveParticipations(participations)
        try markShareable(participations, in: store)
    }

    /// Some reflections the school may quote in the yearly report: the first with an evaluation of each of
    /// ten activities, so that the quotes in `evaluatie rapport` vary.
    private func markShareable(_ participations: [Participation], in store: StoreTransaction) throws(LOBError) {
        var activities = Set<String>()
        for participation in participations
        where participation.status == .participated && !participation.evaluation.isEmpty && activities.count < 10 {
            guard activities.insert(participation.activityCode).inserted else { continue }
            try store.setReflectionShareable(
                true, activityCode: participation.activityCode, studentNumber: participation.studentNumber,
                date: participation.date)
        }
    }
}
