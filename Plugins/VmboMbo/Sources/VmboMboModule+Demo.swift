public import LOBKit

extension VmboMboModule {
    /// The demo school's handover, as far as it has come by `today`: from 1 October students apply, most of them
    /// by 1 April, a few late; early applicants get placed, a few are rejected; most consent. Every choice is
    /// drawn from the student number, so the same day always gives the same story.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let students = try store.handoverStudents()
        guard !students.isEmpty else { return }
        let deadline = try AdmissionDeadline(today.schoolYear)
        guard let start = LOBDate(year: deadline.schoolYear.startYear, month: 10, day: 1) else { return }
        let season = max(1, start.days(until: deadline.date))
        // How far the application season has come: 0 on 1 October, 1 on 1 April.
        let progress = min(1, max(0, Double(start.days(until: today)) / Double(season)))
        let appliedShare = today < start ? 0 : 0.05 + 0.9 * progress * progress.squareRoot()
        let chosenShare = min(0.97, appliedShare + 0.5)
        let lastOnTime = min(today, deadline.date)

        for student in students {
            let readiness = DemoDraw.fraction(student.number, salt: 1)
            guard readiness < chosenShare else { continue }
            let plan = DemoProgrammes.plan(profile: student.profile, schoolType: student.schoolType)
            var application = Application(
                institution: plan.institution, programme: plan.programme, level: plan.level, status: .notApplied,
                date: nil)
            if readiness < appliedShare {
                // Spread evenly over the season so far.
                let offset = Int((readiness / appliedShare) * Double(max(0, start.days(until: lastOnTime))))
                application.date = start.adding(days: offset)
                application.status = .applied
            } else if today > deadline.date, readiness < appliedShare + 0.03 {
                application.date = deadline.date.adding(
                    days: 1 + Int(DemoDraw.fraction(student.number, salt: 4) * Double(deadline.date.days(until: today)))
                )
                application.status = .applied
            }
            if let date = application.date {
                let decision = DemoDraw.fraction(student.number, salt: 2)
                // A selective programme says no now and then, after an intake of two weeks or more.
                if decision >= 0.93, date.days(until: today) > 14 {
                    application.status = .rejected
                } else if date.days(until: today) > 42, decision < 0.6 {
                    application.status = .placed
                }
            }
            try store.saveApplication(application, studentID: student.id, today: today)

            let consent = DemoDraw.fraction(student.number, salt: 3)
            let asked = application.date ?? today.adding(days: -14)
            if application.status.hasApplied ? consent < 0.75 : consent < 0.3 {
                let giver: ConsentGiver = consent < 0.15 ? .student : .parent
                try store.addConsent(Consent(giver: giver, date: asked, withdrawn: false), studentID: student.id)
                // One in twenty-five changes their mind.
                if consent >= 0.72, application.status.hasApplied {
                    let later = min(today, asked.adding(days: 7))
                    try store.addConsent(Consent(giver: giver, date: later, withdrawn: true), studentID: student.id)
                }
            }
        }
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

/// The mbo programme a demo student heads for: from the vmbo profile (or tl sector), at the level the learning path
/// leads to (bb 2, kb 3, gl and tl 4).
enum DemoProgrammes {
    static func plan(profile: String, schoolType: String) -> (institution: String, programme: String, level: Int) {
        let (institution, programmes): (String, [String])
        switch profile {
        case "Economie en ondernemen", "Economie":
            (institution, programmes) = (
                "ROC Zuid", ["Medewerker retail", "Commercieel medewerker", "Junior accountmanager"]
            )
        case "Zorg en welzijn":
            (institution, programmes) = ("ROC Zuid", ["Helpende zorg en welzijn", "Verzorgende-IG", "Verpleegkundige"])
        case "Bouwen, wonen en interieur":
            (institution, programmes) = (
                "Vakcollege Techniek Zuid", ["Timmerman", "Allround timmerman", "Middenkaderfunctionaris bouw"]
            )
        case "Produceren, installeren en energie", "Techniek":
            (institution, programmes) = (
                "Vakcollege Techniek Zuid",
                ["Monteur elektrotechniek", "Eerste monteur elektrotechniek", "Technicus engineering"]
            )
        case "Media, vormgeving en ICT":
            (institution, programmes) = (
                "Vakcollege Techniek Zuid", ["Medewerker ICT", "Allround medewerker IT", "Software developer"]
            )
        case "Horeca, bakkerij en recreatie":
            (institution, programmes) = ("ROC Zuid", ["Kok", "Zelfstandig werkend kok", "Leidinggevende keuken"])
        case "Groen", "Landbouw":
            (institution, programmes) = (
                "Groen College Zuid", ["Medewerker dierverzorging", "Dierverzorger", "Manager dierverzorging"]
            )
        default:
            (institution, programmes) = (
                "ROC Zuid", ["Medewerker facilitaire dienstverlening", "Beveiliger", "Manager evenementen"]
            )
        }
        let index: Int
        switch schoolType {
        case "vmbo-bb": index = 0
        case "vmbo-kb": index = 1
        default: index = 2
        }
        return (institution, programmes[min(index, programmes.count - 1)], index + 2)
    }
}
