/// The yearly report's "Wat leerlingen zeggen" section (order 61): the comments of the school year that the
/// school marked as shareable, as quotes without names.
struct SatisfactionQuotesSection: ReportSection {
    let id = "tevredenheid.opmerkingen"
    let order = 61
    let title = Localized(
        nl: "Wat leerlingen zeggen: opmerkingen in de peiling", en: "What students say: survey comments")

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        let year = request.schoolYear.description
        let comments = try store.satisfactionComments(schoolYear: request.schoolYear, shareableOnly: true)
        guard !comments.isEmpty else {
            return [.paragraph(Message(.satisfactionReportNoQuotes, year).text(language))]
        }
        return [
            .paragraph(Message(.satisfactionReportQuotesIntro, year).text(language)),
            .list(comments.map { "“\($0.text)”" }),
        ]
    }
}
