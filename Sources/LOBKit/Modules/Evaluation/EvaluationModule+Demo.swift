extension EvaluationModule {
    /// Last school year's evaluation with the MR, in June: held on the scan, participation and conversations,
    /// but not yet on student satisfaction, so that K1 is "in ontwikkeling" this year.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let lastYear = SchoolYear(validStartYear: today.schoolYear.startYear - 1)
        guard let date = LOBDate(year: lastYear.startYear + 1, month: 6, day: 16) else { return }
        try store.addEvaluation(
            Evaluation(
                date: min(date, today), schoolYear: lastYear, parties: [.participationCouncil, .studentCouncil],
                data: [.transition, .participation, .conversations, .scan],
                decisions:
                    "Tevredenheid over LOB in alle leerjaren meten met de eigen vragenlijst; "
                    + "loopbaangesprekken ook in de onderbouw; reflecties delen in het jaarverslag"))
    }
}
