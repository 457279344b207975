/// Norm K1's measure: whether the yearly evaluation was held with the MR, and whether it drew on student
/// satisfaction (the agenda's minimum) and doorstroom (the data the agenda names as key).
///
/// An evaluation usually closes the school year; until this year's is held, last year's is shown without a
/// verdict, so that the agenda shows where the school stands rather than "no data" all autumn.
struct EvaluationIndicator: Indicator {
    let id = "evaluatie.gehouden"
    let norms = ["K1"]
    let name = Localized(
        nl: "Jaarlijkse evaluatie met de MR, met tevredenheid en doorstroom",
        en: "Yearly evaluation with the MR, with satisfaction and doorstroom")

    /// The data K1 asks for at least.
    static let required: [EvaluationData] = [.satisfaction, .transition]

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        let held = try store.evaluations(schoolYear: schoolYear)
        // With the MR first: that is the evaluation K1 is about.
        if let evaluation = held.last(where: \.withParticipationCouncil) ?? held.last {
            let missing = Self.missing(in: evaluation)
            return finding(Self.describe(evaluation, missing: missing, previous: false), inOrder: missing.isEmpty)
        }
        let previousYear = SchoolYear(validStartYear: schoolYear.startYear - 1)
        let previous = try store.evaluations(schoolYear: previousYear)
        guard let evaluation = previous.last(where: \.withParticipationCouncil) ?? previous.last else {
            return .noData
        }
        return finding(Self.describe(evaluation, missing: Self.missing(in: evaluation), previous: true), inOrder: nil)
    }

    /// What K1 asks for that the evaluation lacks: `mr` when it was held without the MR, and the data.
    static func missing(in evaluation: Evaluation) -> [String] {
        (evaluation.withParticipationCouncil ? [] : [EvaluationParty.participationCouncil.rawValue])
            + required.filter { !evaluation.data.contains($0) }.map(\.rawValue)
    }

    /// `op 2026-06-16 met mr, leerlingenraad; gegevens: doorstroom, deelname; ontbreekt: tevredenheid`
    static func describe(_ evaluation: Evaluation, missing: [String], previous: Bool) -> Message {
        let data = evaluation.data.isEmpty ? "-" : evaluation.dataList
        let missingText = missing.joined(separator: ", ")
        let key: MessageKey
        switch (previous, missing.isEmpty) {
        case (false, true): key = .evaluationIndicatorHeld
        case (false, false): key = .evaluationIndicatorHeldMissing
        case (true, true): key = .evaluationIndicatorPrevious
        case (true, false): key = .evaluationIndicatorPreviousMissing
        }
        return Message(
            key, evaluation.date.description, evaluation.partyList, data, missingText,
            evaluation.schoolYear.description)
    }

    private func finding(_ message: Message, inOrder: Bool?) -> IndicatorValue {
        .value(Localized(nl: message.text(.dutch), en: message.text(.english)), inOrder: inOrder)
    }
}
