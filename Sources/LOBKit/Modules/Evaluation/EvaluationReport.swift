/// `evaluatie rapport [--schooljaar] [--formaat html|md|tekst] [--minimum N]`: the yearly evaluation document
/// for the board and the MR, from every module's report section.
struct EvaluationReport: Command {
    static let formats = ["md", "html", "tekst"]

    static let spec = CommandSpec(
        "rapport", group: "evaluatie", aliases: ["report"],
        summary: Localized(
            nl:
                "Het jaarverslag voor bestuur en MR (norm K1): de scan, het programma, de gesprekken, doorstroom, tevredenheid en citaten, als Markdown, tekst of een HTML-pagina met grafieken die overal opent en op A4 afdrukt",
            en:
                "The yearly report for the board and the MR (norm K1): the scan, the programme, conversations, doorstroom, satisfaction and quotes, as Markdown, text or an HTML page with charts that opens anywhere and prints on A4"
        ),
        flags: [
            SharedFlags.schoolYear,
            Flag(
                "formaat", aliases: ["format"], .choice(formats),
                help: Localized(
                    nl: "md (standaard), html (een pagina met SVG-grafieken) of tekst (voor het scherm)",
                    en: "md (default), html (a page with SVG charts) or tekst (text for the screen)")),
            Flag(
                "minimum", .integer,
                help: Localized(
                    nl:
                        "Tevredenheid van groepen met minder respondenten wordt niet getoond (standaard het minimum van de school, zie 'tevredenheid minimum', anders 10)",
                    en:
                        "Satisfaction of groups with fewer respondents is not shown (default the school's minimum, see 'tevredenheid minimum', else 10)"
                )),
        ],
        examples: [
            Example(
                "evaluatie rapport --formaat html > rapport.html",
                Localized(nl: "Als HTML-pagina voor de MR", en: "As an HTML page for the MR")),
            Example(
                "evaluatie rapport --schooljaar 2025-2026 --formaat tekst",
                Localized(nl: "Vorig schooljaar, op het scherm", en: "Last school year, on the screen")),
            Example(
                "evaluatie rapport --minimum 20 > rapport.md",
                Localized(
                    nl: "Als Markdown, tevredenheid pas vanaf 20 respondenten",
                    en: "As Markdown, satisfaction only from 20 respondents")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let minimum: Int
        if let given = arguments.integer("minimum") {
            minimum = given
        } else {
            minimum = try context.store().satisfactionMinimum()
        }
        if minimum < 1 {
            throw LOBError.usage(.evaluationMinimumTooSmall, String(minimum), at: arguments.span("minimum"))
        }
        let language = context.language
        let request = ReportRequest(
            schoolYear: context.schoolYear(arguments), language: language, today: context.today,
            minimumRespondents: minimum, indicators: context.session.registry.indicators)
        let document = try YearlyReport.document(
            sections: context.session.registry.reportSections, request: request, store: context.store())
        switch arguments.text("formaat") {
        case "html": return .text(document.html(language: language))
        case "tekst": return .text(document.text(language: language))
        default: return .text(document.markdown(language: language))
        }
    }
}
