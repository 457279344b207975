extension EvaluationData {
    /// Whether the store holds this kind of data for `schoolYear`: what `evaluatie registreer` records
    /// when `--data` is not given.
    func isHeld(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> Bool {
        guard let first = ObligationSchedule.firstDay(of: schoolYear),
            let last = ObligationSchedule.lastDay(of: schoolYear)
        else { return false }
        switch self {
        case .participation:
            return try !store.participations(ParticipationQuery(from: first, until: last, status: .participated))
                .isEmpty
        case .conversations:
            return try !store.conversations(ConversationIndicators.query(for: schoolYear)).isEmpty
        case .scan:
            return try !store.currentAssessments(schoolYear).isEmpty
        case .qualitative:
            return try !store.shareableReflections(from: first, until: last).isEmpty
        case .transition, .success, .satisfaction:
            // Hook: the doorstroom and tevredenheid modules keep these; ask their stores here once they exist.
            return false
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
