/// `agenda rapport [--formaat md|html]`: the scan as a document for the MR.
struct AgendaReport: Command {
    static let spec = CommandSpec(
        "rapport", group: "agenda", aliases: ["report"],
        summary: Localized(
            nl: "De scan als document voor de MR (Markdown of een HTML-pagina die overal opent)",
            en: "The scan as a document for the MR (Markdown or an HTML page that opens anywhere)"),
        flags: [
            Flag(
                "formaat", aliases: ["format"], .choice(["md", "html"]),
                help: Localized(nl: "md (standaard) of html", en: "md (default) or html")),
            SharedFlags.schoolYear,
        ],
        examples: [
            Example("agenda rapport", Localized(nl: "Als Markdown", en: "As Markdown")),
            Example(
                "agenda rapport --formaat html > scan.html",
                Localized(nl: "Als HTML-pagina in een bestand", en: "As an HTML page in a file")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let language = context.language
        let year = context.schoolYear(arguments)
        let overview = try AgendaOverview(schoolYear: year, context: context)
        let school = try context.store().branches().first?.name ?? ""
        var document = Document(title: Message(.agendaReportTitle, year.description, school).text(language))
        document.blocks.append(
            .paragraph(Message(.agendaReportIntro, year.description, overview.previousYear.description).text(language)))
        document.blocks.append(
            .paragraph(
                Localized(nl: "Totaal: ", en: "In all: ").text(language)
                    + AgendaOverview.share(overview.lines, language)))
        let statusColumn = Localized(nl: "status", en: "status").text(language)
        for pillar in Pillar.allCases {
            let lines = overview.lines.filter { $0.norm.pillar == pillar }
            document.blocks.append(.heading(pillar.name.text(language) + ": " + AgendaOverview.share(lines, language)))
            let rows = lines.map { line -> [Value] in
                [
                    .text(line.norm.id), .text(line.norm.title.text(language)),
                    .text(AgendaOverview.label(line.current?.status, language)),
                    .text(
                        AgendaOverview.label(line.previous?.status, language) + " "
                            + AgendaOverview.movement(line, language)),
                    .text((line.current?.evidence ?? []).joined(separator: "; ")),
                    .text(AgendaOverview.indicatorTexts(line, language).joined(separator: "; ")),
                ]
            }
            document.blocks.append(
                .table(
                    Table(
                        columns: [
                            "norm", Localized(nl: "titel", en: "title").text(language), statusColumn,
                            overview.previousYear.description, Localized(nl: "bewijs", en: "evidence").text(language),
                            Localized(nl: "indicatoren", en: "indicators").text(language),
                        ], rows: rows)))
        }
        document.blocks.append(.heading(Localized(nl: "Volgende stappen", en: "Next steps").text(language)))
        document.blocks.append(
            .list(
                overview.lines.filter { $0.status != .realised }.map { line in
                    "\(line.norm.id) \(line.norm.title.text(language)): "
                        + (line.status == .developing ? line.norm.nextStep : line.norm.firstStep).text(language)
                }))
        let html = arguments.text("formaat") == "html"
        return .text(html ? document.html(language: language) : document.markdown(language: language))
    }
}
