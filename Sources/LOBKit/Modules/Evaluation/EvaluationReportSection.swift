/// The yearly report's last built-in section (order 70): the evaluations held this school year, and what
/// last year's evaluation decided, so that the MR can check what came of it.
struct EvaluationReportSection: ReportSection {
    let id = "evaluatie.gehouden"
    let order = 70
    let title = Localized(nl: "Evaluaties en besluiten", en: "Evaluations and decisions")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let year = request.schoolYear.description
        let previousYear = request.previousSchoolYear.description
        var blocks: [Document.Block] = []
        let held = try store.evaluations(schoolYear: request.schoolYear)
        if held.isEmpty {
            blocks.append(.paragraph(Message(.evaluationSectionNone, year).text(language)))
        } else {
            blocks.append(.paragraph(Message(.evaluationSectionHeld, year).text(language)))
            blocks.append(.list(held.map { Self.describe($0, language) }))
        }
        let decisions = try store.evaluations(schoolYear: request.previousSchoolYear).filter { !$0.decisions.isEmpty }
        if decisions.isEmpty {
            blocks.append(.paragraph(Message(.evaluationSectionNoPreviousDecisions, previousYear).text(language)))
        } else {
            blocks.append(.paragraph(Message(.evaluationSectionPreviousDecisions, previousYear).text(language)))
            blocks.append(.list(decisions.map { "\($0.date): \($0.decisions)" }))
        }
        return blocks
    }

    /// `2027-06-15 met mr, leerlingenraad; gegevens: doorstroom, tevredenheid. Besluiten: …`
    static func describe(_ evaluation: Evaluation, _ language: UILanguage) -> String {
        var text = Message(
            .evaluationSectionItem, evaluation.date.description, evaluation.partyList,
            evaluation.data.isEmpty ? "-" : evaluation.dataList
        ).text(language)
        if !evaluation.decisions.isEmpty {
            text += " " + Message(.evaluationSectionDecisions, evaluation.decisions).text(language)
        }
        return text
    }
}
