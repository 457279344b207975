import LOBKit

/// The first-year results as figures for `doorstroom succes --bron instellingen`: per result a count for each status
/// one year after the exam (doorgegaan, geswitcht, uitgevallen, and onbekend for what the institution left open),
/// with the institution as instelling, hbo or wo as bestemming and havo or vwo as schooltype.
struct FirstYearSuccessSource: SuccessSource {
    let id = "vo-ho.eerstejaars"

    func successEntries(cohort: Int?, in store: StoreTransaction) throws(LOBError) -> [TransitionFigures.Entry] {
        try store.firstYearResults(cohort: cohort).flatMap { result in
            let parts: [(FollowUpStatus, CountRange)] = [
                (.continued, result.continued), (.switched, result.switched), (.droppedOut, result.droppedOut),
                (.unknown, result.unknown),
            ]
            return parts.filter { $0.1 != .zero }.map { status, count in
                TransitionFigures.Entry(
                    cohort: result.cohort, schoolType: result.priorEducation, destination: result.kind.destination,
                    institution: result.institution, status: status, count: count)
            }
        }
    }
}
