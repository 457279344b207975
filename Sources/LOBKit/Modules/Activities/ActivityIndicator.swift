/// The activity module's indicators for norms A1 (coverage) and A2 (coherence), read from the catalogue.
struct ActivityIndicator: Indicator {
    enum Measure: CaseIterable {
        case coverage
        case coherence
    }

    let measure: Measure

    static let all = Measure.allCases.map(ActivityIndicator.init(measure:))

    var id: String {
        switch measure {
        case .coverage: "activiteit.dekking"
        case .coherence: "activiteit.samenhang"
        }
    }

    var norms: [String] {
        switch measure {
        case .coverage: ["A1"]
        case .coherence: ["A2"]
        }
    }

    var name: Localized {
        switch measure {
        case .coverage:
            Localized(
                nl: "Loopbaancompetenties per leerjaar gedekt door activiteiten",
                en: "Career competencies per year covered by activities")
        case .coherence:
            Localized(
                nl: "Bevindingen over de samenhang per schooltype (keuzemomenten, opbouw)",
                en: "Findings on coherence per school type (choice moments, build-up)")
        }
    }

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        let activities = try store.activities().filter { $0.takesPlace(in: schoolYear) }
        // An empty catalogue would read as "0 of 30"; it is only an absence of data.
        guard !activities.isEmpty else { return .noData }
        switch measure {
        case .coverage:
            let matrix = CoverageMatrix(activities: activities, schoolType: nil)
            let total = matrix.cells.count
            let covered = String(total - matrix.gaps.count)
            guard !matrix.gaps.isEmpty else {
                return finding(inOrder: true) { _ in Message(.activityCoverageIndicator, covered, String(total)) }
            }
            return finding(inOrder: false) { language in
                Message(.activityCoverageIndicatorGaps, covered, String(total), matrix.gapText(language))
            }
        case .coherence:
            let check = CoherenceCheck(activities: activities, schoolTypes: SchoolType.allCases)
            guard !check.findings.isEmpty else {
                return finding(inOrder: true) { _ in
                    Message(.activityCoherenceIndicatorNone, String(SchoolType.allCases.count))
                }
            }
            let perType = check.schoolTypes.map { "\($0.rawValue) \(check.findings(for: $0).count)" }
                .joined(separator: ", ")
            return finding(inOrder: false) { _ in
                Message(.activityCoherenceIndicator, String(check.findings.count), perType)
            }
        }
    }

    private func finding(inOrder: Bool, _ message: (UILanguage) -> Message) -> IndicatorValue {
        .value(Localized(nl: message(.dutch).text(.dutch), en: message(.english).text(.english)), inOrder: inOrder)
    }
}
