extension TransitionModule {
    /// The demo school's last three cohorts: about 145 graduates a year (vmbo's four paths, havo, vwo), where
    /// they went, and for the two older cohorts how they fared a year later; for the newest (examined this
    /// summer) the status is mostly not known yet. Plus DUO's counts for the same cohorts, with `<5` where
    /// DUO would publish it.
    ///
    /// The story for a workshop: havo graduates switch programmes in their first year about twice as often
    /// as vmbo and vwo graduates (and DUO cannot tell work from a gap year: both are 'anders' there).
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        var generator = SeededGenerator(seed: 0xD002_2026)
        // The exam of the school year that ended most recently, and the two before it.
        let newest = today.schoolYear.startYear
        var alumni: [AlumnusDestination] = []
        for cohort in (newest - 2)...newest {
            var number = (cohort % 100) * 1000
            for type in SchoolType.allCases {
                var destinations = DemoTransition.destinations(for: type)
                var profiles = DemoSchool.profiles(for: type)
                let graduates = generator.int(in: DemoTransition.graduates(for: type))
                let drawn = (0..<graduates).map { _ in destinations.draw(using: &generator) }
                // Statuses are dealt in their exact shares among those followed, so the story holds every run.
                let followed = drawn.filter { ![.work, .other, .unknown].contains($0) }.count
                var statuses = generator.shuffled(
                    DemoTransition.statuses(for: type, count: followed, yearsAgo: newest - cohort))
                for destination in drawn {
                    number += 1
                    let place = DemoTransition.place(for: destination, using: &generator)
                    let isFollowed = ![.work, .other, .unknown].contains(destination)
                    let status = isFollowed ? statuses.popLast() ?? .unknown : .unknown
                    alumni.append(
                        AlumnusDestination(
                            studentNumber: String(number), cohort: cohort, schoolType: type,
                            profile: profiles.draw(using: &generator), destination: destination,
                            institution: place.institution, programme: place.programme, status: status))
                }
            }
        }
        _ = try store.saveAlumni(alumni)
        try store.replaceDUOCounts(DemoTransition.duoCounts(of: alumni))
    }
}

/// How the demo school's graduates spread over destinations and how they fare.
enum DemoTransition {
    /// Graduates a year per school type: the final-year classes of `DemoSchool.classPlan`, less those who fail.
    static func graduates(for type: SchoolType) -> ClosedRange<Int> {
        switch type {
        case .vmboBB, .vmboKB, .vmboGL, .vmboTL: 17...21
        case .havo: 38...45
        case .vwo: 22...27
        }
    }

    static func destinations(for type: SchoolType) -> DemoDeck<Destination> {
        switch type {
        case .vmboBB: DemoDeck(weighted: (.mbo2, 14), (.mbo1, 2), (.mbo3, 2), (.work, 1), (.other, 1))
        case .vmboKB: DemoDeck(weighted: (.mbo3, 9), (.mbo4, 7), (.mbo2, 3), (.other, 1))
        case .vmboGL: DemoDeck(weighted: (.mbo4, 15), (.mbo3, 2), (.havo, 2), (.unknown, 1))
        case .vmboTL: DemoDeck(weighted: (.mbo4, 14), (.havo, 5), (.other, 1))
        case .havo: DemoDeck(weighted: (.hbo, 32), (.mbo4, 4), (.vwo, 2), (.other, 3), (.work, 1))
        case .vwo: DemoDeck(weighted: (.wo, 18), (.hbo, 4), (.other, 2))
        }
    }

    /// An institution and a programme for `destination` (none for work elsewhere, a gap year, or unknown).
    static func place(for destination: Destination, using generator: inout SeededGenerator)
        -> (institution: String, programme: String)
    {
        let options: [(String, String)]
        switch destination {
        case .mbo1: options = [("ROC Zuid", "Entree")]
        case .mbo2:
            options = [
                ("ROC Zuid", "Helpende zorg en welzijn"), ("ROC Zuid", "Logistiek medewerker"),
                ("Vakcollege Zuiderhaven", "Basismedewerker bouw en infra"),
            ]
        case .mbo3:
            options = [
                ("ROC Zuid", "Verzorgende IG"), ("Vakcollege Zuiderhaven", "Eerste monteur elektrotechniek"),
                ("ROC Zuid", "Zelfstandig medewerker horeca"),
            ]
        case .mbo4:
            options = [
                ("ROC Zuid", "Software developer"), ("ROC Zuid", "Pedagogisch medewerker"),
                ("ROC Zuid", "Bedrijfsadministrateur"), ("Vakcollege Zuiderhaven", "Technicus engineering"),
            ]
        case .hbo:
            options = [
                ("Hogeschool Zuid", "Bedrijfskunde"), ("Hogeschool Zuid", "HBO-Verpleegkunde"),
                ("Hogeschool Zuid", "Pabo"), ("Hogeschool Rivierenland", "Communicatie"),
                ("Hogeschool Rivierenland", "Werktuigbouwkunde"),
            ]
        case .wo:
            options = [
                ("Universiteit Zuid", "Geneeskunde"), ("Universiteit Zuid", "Rechtsgeleerdheid"),
                ("Universiteit Zuid", "Psychologie"), ("Technische Universiteit Oost", "Technische Natuurkunde"),
            ]
        case .havo, .vwo: options = [("Het Zuiderlicht College", destination.rawValue)]
        case .work, .other, .unknown: options = [("", "")]
        }
        return options[generator.index(below: options.count)]
    }

    /// The statuses a year on of `count` followed graduates, in exact shares: havo graduates switch more
    /// often; of the newest cohort (examined this summer) only an early switch or drop-out is known.
    static func statuses(for type: SchoolType, count: Int, yearsAgo: Int) -> [FollowUpStatus] {
        // Percent continued, switched, dropped out; the rest is not known.
        let (continued, switched, droppedOut) =
            switch (yearsAgo == 0, type) {
            case (true, _): (0, 5, 3)
            case (false, .havo): (58, 28, 8)
            case (false, .vwo): (78, 12, 5)
            case (false, .vmboBB): (68, 12, 14)
            case (false, _): (75, 12, 8)
            }
        // The older cohort did a little worse, so two cohorts never read the same.
        let drift = yearsAgo >= 2 ? 4 : 0
        func share(_ percent: Int) -> Int { (count * percent + 50) / 100 }
        let parts = [
            (FollowUpStatus.continued, share(continued - drift)), (.switched, share(switched + drift / 2)),
            (.droppedOut, share(droppedOut)),
        ]
        var statuses = parts.flatMap { Array(repeating: $0.0, count: $0.1) }.prefix(count)
        statuses += Array(repeating: FollowUpStatus.unknown, count: max(0, count - statuses.count))
        return Array(statuses)
    }

    /// DUO's counts of the same graduates: werk and onbekend are 'anders' there (DUO only sees funded
    /// education), and a count of 1 to 4 is `<5`.
    static func duoCounts(of alumni: [AlumnusDestination]) -> [DUOCount] {
        var counts: [String: DUOCount] = [:]
        for alumnus in alumni {
            let destination: Destination =
                [.work, .unknown].contains(alumnus.destination) ? .other : alumnus.destination
            let key = "\(alumnus.cohort)|\(alumnus.schoolType.rawValue)|\(destination.rawValue)"
            var count =
                counts[key]
                ?? DUOCount(
                    cohort: alumnus.cohort, schoolType: alumnus.schoolType, destination: destination, count: .zero)
            count.count += CountRange(1)
            counts[key] = count
        }
        return counts.values.map { count in
            var published = count
            if (1...4).contains(count.count.low) { published.count = .censoredSmall }
            return published
        }.sorted { ($0.cohort, $0.schoolType, $0.destination) < ($1.cohort, $1.schoolType, $1.destination) }
    }
}
