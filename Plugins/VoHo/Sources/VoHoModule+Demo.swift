public import LOBKit

extension VoHoModule {
    /// The demo school's part of the network, as far as it has come by `today`: four activities of the network's
    /// institutions in this school year; registrations from 1 October on, most by 1 May; a check a few weeks after
    /// registering and its advice a week or two later, now and then a doubt or a negative one, about half of which
    /// were followed by a conversation; and the first-year results of the last two cohorts, drawn from the school's
    /// own alumni records as the institutions would send them (counts of 1 to 4 as `<5`). Every choice is drawn from
    /// the student number, so the same day always gives the same story.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        try Self.loadActivities(into: store, schoolYear: today.schoolYear)
        try Self.loadRegistrations(into: store, today: today)
        try Self.loadResults(into: store, today: today)
    }

    /// The network's calendar of this school year, put in the catalogue as the calendar import would.
    static func loadActivities(into store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) {
        let year = schoolYear.startYear
        let calendar: [(String, HigherActivityKind, Int, Int, Int, String, String, String)] = [
            ("Hogeschool Zuid", .openDay, year, 11, 14, "Open dag", "", "Campus Zuid"),
            ("Hogeschool Rivierenland", .trialStudy, year + 1, 2, 10, "Proefstuderen", "Communicatie", "Tiel"),
            ("Universiteit Zuid", .shadowDay, year + 1, 3, 12, "Meeloopdag", "Psychologie", "Universiteitsplein"),
            ("Technische Universiteit Oost", .openDay, year + 1, 3, 20, "Bachelordag", "", "Campus Oost"),
        ]
        for (institution, kind, calendarYear, month, day, title, programme, place) in calendar {
            guard let date = LOBDate(year: calendarYear, month: month, day: day) else { continue }
            var activity = CalendarActivity(
                code: "", institution: institution, kind: kind, date: date, title: title, programme: programme,
                place: place)
            activity.code = try HigherActivities.newCode(for: activity, in: store)
            try store.saveActivity(
                Activity(
                    code: activity.code, name: activity.activityName,
                    kind: ActivityKind(rawValue: kind.rawValue) ?? .other,
                    description: activity.activityDescription, schoolTypes: [.havo, .vwo], years: [4, 5, 6],
                    competencies: [.workExploration], choiceMoment: .followUp, outsideSchool: true,
                    partner: institution, from: date, until: date))
            try store.saveCalendarActivity(activity)
        }
    }

    /// Registrations, checks, advice and follow-up conversations of havo 5 and vwo 6.
    static func loadRegistrations(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let students = try store.finalYearStudents()
        guard !students.isEmpty else { return }
        let deadline = try RegistrationDeadline(today.schoolYear)
        guard let start = LOBDate(year: deadline.schoolYear.startYear, month: 10, day: 1) else { return }
        let season = max(1, start.days(until: deadline.date))
        // How far the registration season has come: 0 on 1 October, 1 on 1 May.
        let progress = min(1, max(0, Double(start.days(until: today)) / Double(season)))
        let registeredShare = today < start ? 0 : 0.1 + 0.8 * progress.squareRoot()
        let lastOnTime = min(today, deadline.date)

        for student in students {
            let readiness = DemoDraw.fraction(student.number, salt: 11)
            var date: LOBDate
            if readiness < registeredShare {
                let offset = Int((readiness / registeredShare) * Double(max(0, start.days(until: lastOnTime))))
                date = start.adding(days: offset)
            } else if today > deadline.date, readiness < registeredShare + 0.05 {
                date = deadline.date.adding(days: 1 + Int(DemoDraw.fraction(student.number, salt: 12) * 20))
                if date > today { continue }
            } else {
                continue
            }
            let (institution, programme) = DemoProgrammes.choice(student)
            var registration = Registration(institution: institution, programme: programme, date: date)
            // A check two to four weeks after registering, the advice one to two weeks after that.
            let check = date.adding(days: 14 + Int(DemoDraw.fraction(student.number, salt: 13) * 14))
            if deadline.isOnTime(date), check <= today {
                registration.checkDate = check
                let adviceDate = check.adding(days: 7 + Int(DemoDraw.fraction(student.number, salt: 14) * 7))
                if adviceDate <= today {
                    let draw = DemoDraw.fraction(student.number, salt: 15)
                    registration.advice = draw < 0.6 ? .positive : draw < 0.85 ? .doubt : .negative
                    registration.adviceDate = adviceDate
                }
            }
            try store.saveRegistration(registration, studentID: student.id, today: today)
            guard let advice = registration.advice, advice.needsFollowUp, let adviceDate = registration.adviceDate
            else { continue }
            let talk = adviceDate.adding(days: 5)
            if talk <= today, DemoDraw.fraction(student.number, salt: 16) < 0.5 {
                _ = try store.addConversation(
                    Conversation(
                        studentNumber: student.number, date: talk, kind: .choice,
                        participants: student.mentor.isEmpty
                            ? [] : [ConversationParticipant(role: .mentor, name: student.mentor)],
                        topics: [HigherDebrief.topic],
                        report: VoHoText.fill(
                            VoHoText.debriefOpening, [advice.rawValue, programme, institution], .dutch)
                            + " Samen besproken wat de check liet zien; de leerling gaat een meeloopdag doen.",
                        recordedBy: student.mentor))
            }
        }
    }

    /// The first-year results of the two cohorts whose first year has ended, from the school's own alumni records
    /// (hbo and wo after havo and vwo), as the institutions send them: per institution, prior education and sector,
    /// with 1 to 4 as `<5`; a status the school did not know, the institution does (still enrolled).
    static func loadResults(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let latest = today.schoolYear.startYear - 1
        var results: [FirstYearResult] = []
        for cohort in [latest - 1, latest] {
            var groups: [String: (FirstYearResult, [FollowUpStatus: Int])] = [:]
            var order: [String] = []
            for alumnus in try store.alumni(cohort: cohort) {
                guard alumnus.schoolType == .havo || alumnus.schoolType == .vwo, !alumnus.institution.isEmpty,
                    let kind = HigherKind(rawValue: alumnus.destination.rawValue)
                else { continue }
                // The demo school is small: its institutions report all programmes together.
                let sector = DemoProgrammes.allProgrammes
                let key = [alumnus.institution, alumnus.schoolType.rawValue, sector].joined(separator: "|")
                if groups[key] == nil {
                    order.append(key)
                    groups[key] = (
                        FirstYearResult(
                            cohort: cohort, institution: alumnus.institution, kind: kind,
                            priorEducation: alumnus.schoolType, sector: sector, started: .zero, continued: .zero,
                            switched: .zero, droppedOut: .zero),
                        [:]
                    )
                }
                let status = alumnus.status == .unknown ? .continued : alumnus.status
                groups[key]?.1[status, default: 0] += 1
            }
            for key in order {
                guard let (found, counts) = groups[key] else { continue }
                var result = found
                let continued = counts[.continued] ?? 0
                let started = counts.values.reduce(0, +)
                result.started = Self.published(started)
                result.continued = Self.published(continued)
                result.switched = Self.published(counts[.switched] ?? 0)
                result.droppedOut = Self.published(counts[.droppedOut] ?? 0)
                result.bsaPositive = Self.published(continued)
                results.append(result)
            }
        }
        try store.replaceFirstYearResults(results)
    }

    /// A count as institutions publish it: 1 to 4 as `<5`.
    static func published(_ count: Int) -> CountRange {
        (1...4).contains(count) ? .censoredSmall : CountRange(count)
    }
}

/// Deterministic draws for the demo: the same student number always gives the same fraction.
enum DemoDraw {
    /// A fraction in [0, 1) from the number and a salt (FNV-1a).
    static func fraction(_ number: String, salt: UInt64) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ salt
        for byte in number.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        // Mix the bits so that close numbers land far apart.
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return Double(hash % 10_000) / 10_000
    }
}

/// The programmes demo students choose, at the institutions the demo's alumni went to.
enum DemoProgrammes {
    /// A havo student heads for a hogeschool, a vwo student mostly for a universiteit.
    static func choice(_ student: FinalYearStudent) -> (institution: String, programme: String) {
        let options: [(String, String)] =
            student.schoolType == "havo"
            ? [
                ("Hogeschool Zuid", "Pabo"), ("Hogeschool Zuid", "HBO-Verpleegkunde"),
                ("Hogeschool Zuid", "Bedrijfskunde"), ("Hogeschool Rivierenland", "Communicatie"),
                ("Hogeschool Rivierenland", "Werktuigbouwkunde"),
            ]
            : [
                ("Universiteit Zuid", "Psychologie"), ("Universiteit Zuid", "Rechtsgeleerdheid"),
                ("Universiteit Zuid", "Geneeskunde"), ("Technische Universiteit Oost", "Technische Natuurkunde"),
                ("Hogeschool Zuid", "Bedrijfskunde"),
            ]
        let index = Int(DemoDraw.fraction(student.number, salt: 17) * Double(options.count))
        return options[min(max(0, index), options.count - 1)]
    }

    /// The sector institutions report for a school as small as the demo's: per sector nearly every count would be
    /// `<5`.
    static let allProgrammes = "alle opleidingen"
}
