/// The demo's school year from its first school day up to today, as day numbers.
struct DemoParticipationCalendar {
    /// When in the year an activity takes place (shares of the year so far), and whether on Saturdays.
    struct Slots {
        var positions: [Double]
        var onSaturday: Bool
    }

    private let today: LOBDate
    private let first: Int
    private let last: Int
    private let start: Int

    init(today: LOBDate) {
        self.today = today
        let year = today.schoolYear.startYear
        last = DemoParticipationCalendar.dayNumber(today)
        // The school year starts on 1 August; lessons, and so the activities, in September.
        start = LOBDate(year: year, month: 8, day: 1).map(DemoParticipationCalendar.dayNumber) ?? last
        first = min(LOBDate(year: year, month: 9, day: 1).map(DemoParticipationCalendar.dayNumber) ?? last, last)
    }

    /// When an activity of this kind takes place: its positions in the year and how many dates it has.
    static func slots(for activity: Activity) -> Slots {
        if activity.code.hasPrefix("AANMELD") { return Slots(positions: [0.72], onSaturday: false) }
        if activity.code.hasPrefix("DOSSIER") { return Slots(positions: [0.88], onSaturday: false) }
        switch activity.kind {
        case .parentsEvening: return Slots(positions: [0.08], onSaturday: false)
        case .test: return Slots(positions: [0.18], onSaturday: false)
        case .openDay: return Slots(positions: [0.25, 0.45, 0.65], onSaturday: true)
        case .companyVisit: return Slots(positions: [0.3], onSaturday: false)
        case .careerInformation: return Slots(positions: [0.35], onSaturday: false)
        case .alumniEvening: return Slots(positions: [0.4], onSaturday: false)
        case .guestLesson: return Slots(positions: [0.22, 0.5], onSaturday: false)
        case .shadowDay: return Slots(positions: [0.5, 0.6], onSaturday: false)
        case .trialStudy: return Slots(positions: [0.55], onSaturday: false)
        case .taster: return Slots(positions: [0.62], onSaturday: false)
        case .lesson:
            let choice = activity.choiceMoment == .vmboSector || activity.choiceMoment == .profile
            return Slots(positions: [choice ? 0.5 : 0.28], onSaturday: false)
        case .other:
            // Conversations with the decaan: each student on a day of their own.
            return Slots(positions: (0..<16).map { 0.1 + Double($0) * 0.055 }, onSaturday: false)
        }
    }

    /// The date at `position` of the year so far: a weekday, or a Saturday for open days; never after today.
    func date(at position: Double, onSaturday: Bool) -> LOBDate {
        var day = first + Int((Double(last - first) * min(max(position, 0), 1)).rounded(.down))
        let weekday = DemoParticipationCalendar.weekday(day)
        let back = onSaturday ? (weekday + 2) % 7 : max(0, weekday - 4)
        // Back to the Saturday (or Friday) before, unless that falls before the school year.
        if day - back >= start { day -= back }
        return DemoParticipationCalendar.date(day) ?? today
    }

    /// Days since 1 January 1970 (H. Hinnant's `days_from_civil`).
    static func dayNumber(_ date: LOBDate) -> Int { date.dayNumber }

    static func date(_ dayNumber: Int) -> LOBDate? { LOBDate(dayNumber: dayNumber) }

    /// 0 for Monday up to 6 for Sunday; 1 January 1970 was a Thursday.
    static func weekday(_ dayNumber: Int) -> Int {
        ((dayNumber % 7) + 7 + 3) % 7
    }
}
