/// The years a generated student has been at school: participations and conversations per school year,
/// and the alumni a school's final year sends on.
struct GeneratedHistory {
    /// A participation with the id of its activity.
    struct Row {
        var row: Participation
        var activityID: Int64
    }

    let plan: GenerationPlan
    let student: Student

    /// The school years the student was at school within the plan's history, as (start year, leerjaar, last day),
    /// the current one first; the last day of the current one is today.
    var years: [(start: Int, year: Int, first: LOBDate, last: LOBDate)] {
        let current = plan.today.schoolYear.startYear
        return (0..<min(student.year, plan.schoolYears)).compactMap { back in
            let start = current - back
            guard let first = LOBDate(year: start, month: 9, day: 1),
                let end = LOBDate(year: start + 1, month: 7, day: 10)
            else { return nil }
            let last = min(end, plan.today)
            guard first <= last else { return nil }
            return (start, student.year - back, first, last)
        }
    }

    /// One to three participations per school year in activities meant for the student's school type and
    /// leerjaar; nine in ten took part (the others were absent), two thirds of those reflected.
    func participations(catalogue: [(activity: Activity, id: Int64)], draw: inout GenerationDraw) -> [Row] {
        var rows: [Row] = []
        for schoolYear in years {
            let meant = catalogue.filter { $0.activity.isFor(student.schoolType, year: schoolYear.year) }
            let count = draw.generator.int(in: 1...3)
            guard !meant.isEmpty else { continue }
            for _ in 0..<count {
                let pick = meant[draw.generator.index(below: meant.count)]
                let date = Self.day(in: schoolYear.first...schoolYear.last, using: &draw.generator)
                let absent = draw.generator.index(below: 10) == 0
                let reflects = draw.generator.index(below: 3) < 2
                var participation = Participation(
                    activityCode: pick.activity.code, studentNumber: student.number, date: date,
                    status: absent ? .absent : .participated)
                if !absent, reflects {
                    draw.reflections.fill(
                        &participation, kind: pick.activity.kind, fields: draw.generator.int(in: 2...4),
                        using: &draw.texts)
                }
                rows.append(Row(row: participation, activityID: pick.id))
            }
        }
        return rows
    }

    /// In seven of ten school years a loopbaangesprek with the mentor, with one afspraak for the student.
    func conversations(draw: inout GenerationDraw) -> [Conversation] {
        var conversations: [Conversation] = []
        for schoolYear in years {
            guard draw.generator.index(below: 10) < 7 else { continue }
            let date = Self.day(in: schoolYear.first...schoolYear.last, using: &draw.generator)
            let kind: ConversationKind = draw.generator.index(below: 5) == 0 ? .triangle : .career
            let due = date.adding(days: 28)
            let done = due <= plan.today && draw.generator.index(below: 10) < 6 ? due : nil
            let competency = Competency.allCases[draw.generator.index(below: Competency.allCases.count)]
            var participants = [ConversationParticipant(role: .mentor, name: student.mentor)]
            if kind == .triangle { participants.append(ConversationParticipant(role: .parent, name: "ouder")) }
            conversations.append(
                Conversation(
                    studentNumber: student.number, date: date, kind: kind, participants: participants,
                    topics: [draw.conversationTexts.topic(using: &draw.texts)], competencies: [competency],
                    report: draw.conversationTexts.report(for: student, activity: nil, using: &draw.texts),
                    agreements: [
                        Agreement(
                            what: draw.conversationTexts.studentAction(using: &draw.texts), by: "leerling", due: due,
                            done: done)
                    ],
                    recordedBy: student.mentor))
        }
        return conversations
    }

    /// The alumni of one school type of one school, about `perCohort` (± 5 percent) per cohort of the plan's
    /// history; the status after one year is known for every cohort but the last.
    static func alumni(
        plan: GenerationPlan, type: SchoolType, perCohort: Int, firstNumber: inout Int, draw: inout GenerationDraw
    ) -> [AlumnusDestination] {
        let lastCohort = plan.today.schoolYear.startYear
        var alumni: [AlumnusDestination] = []
        for cohort in (lastCohort - plan.schoolYears + 1)...lastCohort {
            let spread = max(1, perCohort / 20)
            let count = max(0, perCohort - spread + draw.generator.index(below: 2 * spread + 1))
            for _ in 0..<count {
                let destination = Self.destination(after: type, using: &draw.generator)
                let programme = Self.programmes[draw.generator.index(below: Self.programmes.count)]
                let status: FollowUpStatus
                if cohort == lastCohort {
                    status = .unknown
                } else {
                    switch draw.generator.index(below: 100) {
                    case 0..<74: status = .continued
                    case 74..<86: status = .switched
                    case 86..<95: status = .droppedOut
                    default: status = .unknown
                    }
                }
                alumni.append(
                    AlumnusDestination(
                        studentNumber: String(firstNumber), cohort: cohort, schoolType: type,
                        profile: draw.profile(for: type), destination: destination,
                        institution: Self.institution(for: destination, using: &draw.generator),
                        programme: destination == .work || destination == .other ? "" : programme, status: status))
                firstNumber += 1
            }
        }
        return alumni
    }

    static let programmes = [
        "Verpleegkunde", "Bedrijfskunde", "ICT", "Pedagogiek", "Techniek", "Rechten", "Economie", "Zorg en welzijn",
        "Bouwkunde", "Communicatie", "Biologie", "Geneeskunde",
    ]

    static func destination(after type: SchoolType, using generator: inout SeededGenerator) -> Destination {
        let roll = generator.index(below: 100)
        switch type {
        case .vmboBB: return roll < 70 ? .mbo2 : roll < 85 ? .mbo1 : roll < 95 ? .work : .other
        case .vmboKB: return roll < 75 ? .mbo3 : roll < 90 ? .mbo2 : roll < 96 ? .work : .other
        case .vmboGL, .vmboTL: return roll < 75 ? .mbo4 : roll < 85 ? .havo : roll < 95 ? .mbo3 : .other
        case .havo: return roll < 75 ? .hbo : roll < 85 ? .mbo4 : roll < 90 ? .vwo : roll < 96 ? .other : .unknown
        case .vwo: return roll < 78 ? .wo : roll < 90 ? .hbo : roll < 97 ? .other : .unknown
        }
    }

    static func institution(for destination: Destination, using generator: inout SeededGenerator) -> String {
        let place = GeneratedSchool.places[generator.index(below: GeneratedSchool.places.count)]
        switch destination {
        case .mbo1, .mbo2, .mbo3, .mbo4: return "ROC \(place)"
        case .hbo: return "Hogeschool \(place)"
        case .wo: return "Universiteit \(place)"
        case .havo, .vwo: return "Scholengemeenschap \(place)"
        case .work, .other, .unknown: return ""
        }
    }

    /// A day in `range`, weekends moved to the Friday before.
    static func day(in range: ClosedRange<LOBDate>, using generator: inout SeededGenerator) -> LOBDate {
        let span = range.lowerBound.days(until: range.upperBound)
        let date = range.lowerBound.adding(days: generator.index(below: span + 1))
        // dayNumber 0 is 1970-01-01, a Thursday.
        let weekday = ((date.dayNumber % 7) + 7 + 3) % 7
        let back = weekday == 5 ? 1 : weekday == 6 ? 2 : 0
        return max(range.lowerBound, date.adding(days: -back))
    }
}
