extension EvaluationData {
    /// Whether the store holds this kind of data for `schoolYear`: what `evaluatie registreer` records
    /// when `--data` is not given.
    func isHeld(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> Bool {
        guard let first = ObligationSchedule.firstDay(of: schoolYear),
            let last = ObligationSchedule.lastDay(of: schoolYear)
        else { return false }
        switch self {
        case .participation:
            return try store.hasParticipations(from: first, until: last, status: .participated)
        case .conversations:
            let year = ConversationIndicators.query(for: schoolYear)
            return try store.hasConversation(from: year.from ?? first, until: year.until ?? last)
        case .scan:
            return try !store.currentAssessments(schoolYear).isEmpty
        case .qualitative:
            return try !store.shareableReflections(from: first, until: last).isEmpty
        case .transition:
            // A school year's evaluation looks at the cohorts that took their exam by its end.
            let examYear = schoolYear.startYear + 1
            return try (store.alumniCohorts() + store.duoCohorts()).contains { $0 <= examYear }
        case .success:
            return try store.alumniCohortsWithKnownStatus().contains { $0 <= schoolYear.startYear + 1 }
        case .satisfaction:
            return try !store.satisfactionResults(schoolYear: schoolYear).isEmpty
        }
    }

    /// The kinds of data the store holds for `schoolYear`, in declared order.
    static func held(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> [EvaluationData] {
        var held: [EvaluationData] = []
        for data in allCases where try data.isHeld(in: store, schoolYear: schoolYear) {
            held.append(data)
        }
        return held
    }
}
