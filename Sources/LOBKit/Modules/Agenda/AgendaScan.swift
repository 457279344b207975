/// The three questions the Kwaliteitsagenda lets a school ask of itself.
enum ScanMode: String, CaseIterable {
    case start
    case inventory = "inventarisatie"
    case evaluation = "evaluatie"
}

/// `agenda scan [--als start|inventarisatie|evaluatie]`: the scan per pillar, answering the mode's question.
struct AgendaScan: Command {
    static let spec = CommandSpec(
        "scan", group: "agenda",
        summary: Localized(
            nl:
                "De scan per pijler met het aandeel gerealiseerde normen; --als start (wat eerst), inventarisatie (wat loopt, wat is de volgende stap) of evaluatie (wat veranderde, waar aanscherpen)",
            en:
                "The scan per pillar with the share of norms realised; --als start (what first), inventarisatie (what is under way, the next step) or evaluatie (what changed, where to sharpen)"
        ),
        flags: [
            Flag(
                "als", aliases: ["as"], .choice(ScanMode.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "Als start-, inventarisatie- of evaluatie-instrument",
                    en: "As start, inventory or evaluation instrument")),
            SharedFlags.schoolYear,
        ],
        examples: [
            Example("agenda scan", Localized(nl: "De stand per pijler", en: "Where things stand per pillar")),
            Example("agenda scan --als start", Localized(nl: "Wat eerst?", en: "What first?")),
            Example(
                "agenda scan --als inventarisatie",
                Localized(nl: "Wat loopt, en wat is de volgende stap?", en: "What is under way, and what is next?")),
            Example(
                "agenda scan --als evaluatie",
                Localized(nl: "Wat veranderde sinds vorig jaar?", en: "What changed since last year?")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let year = context.schoolYear(arguments)
        let overview = try AgendaOverview(schoolYear: year, context: context)
        let mode = arguments.text("als").flatMap(ScanMode.init(rawValue:))
        let document = AgendaScan.document(overview, mode: mode, language: context.language)
        return .text(document.text(language: context.language))
    }

    static func document(_ overview: AgendaOverview, mode: ScanMode?, language: UILanguage) -> Document {
        let year = overview.schoolYear.description
        let question: Localized
        switch mode {
        case nil: question = Localized(nl: "Waar staat de school?", en: "Where does the school stand?")
        case .start:
            question = Localized(
                nl: "startinstrument: wat zetten we eerst op?", en: "start instrument: what do we set up first?")
        case .inventory:
            question = Localized(
                nl: "inventarisatie: wat loopt er, en wat is de volgende stap?",
                en: "inventory: what is under way, and what is the next step?")
        case .evaluation:
            question = Localized(
                nl: "evaluatie: wat veranderde sinds \(overview.previousYear), en waar kan het scherper?",
                en: "evaluation: what changed since \(overview.previousYear), and where can it be sharper?")
        }
        var document = Document(title: Message(.agendaScanTitle, year, question.text(language)).text(language))
        document.blocks.append(
            .paragraph(
                Localized(nl: "Totaal: ", en: "In all: ").text(language)
                    + AgendaOverview.share(overview.lines, language)))
        switch mode {
        case nil: appendOverview(overview, to: &document, language)
        case .start: appendStart(overview, to: &document, language)
        case .inventory: appendInventory(overview, to: &document, language)
        case .evaluation: appendEvaluation(overview, to: &document, language)
        }
        return document
    }

    private static func pillarHeading(_ pillar: Pillar, _ lines: [AgendaOverview.Line], _ language: UILanguage)
        -> Document.Block
    {
        .heading(pillar.name.text(language) + ": " + AgendaOverview.share(lines, language))
    }

    private static func byPillar(_ overview: AgendaOverview) -> [(Pillar, [AgendaOverview.Line])] {
        Pillar.allCases.map { pillar in (pillar, overview.lines.filter { $0.norm.pillar == pillar }) }
    }

    private static func normLabel(_ line: AgendaOverview.Line, _ language: UILanguage) -> String {
        "\(line.norm.id) \(line.norm.title.text(language)): \(AgendaOverview.label(line.current?.status, language))"
    }

    private static func appendOverview(_ overview: AgendaOverview, to document: inout Document, _ language: UILanguage)
    {
        for (pillar, lines) in byPillar(overview) {
            document.blocks.append(pillarHeading(pillar, lines, language))
            document.blocks.append(
                .list(
                    lines.map { line in
                        var text = normLabel(line, language)
                        if let current = line.current, !current.evidence.isEmpty {
                            text += " · " + Message(.agendaEvidenceCount, String(current.evidence.count)).text(language)
                        }
                        return ([text] + AgendaOverview.indicatorTexts(line, language)).joined(separator: "\n")
                    }))
        }
    }

    /// Start: what is not realised, policy before programme before evaluation (the agenda's own order).
    private static func appendStart(_ overview: AgendaOverview, to document: inout Document, _ language: UILanguage) {
        let open = overview.lines.filter { $0.status != .realised }
        document.blocks.append(.heading(Localized(nl: "Wat eerst", en: "What first").text(language)))
        guard !open.isEmpty else {
            document.blocks.append(.paragraph(Message(.agendaAllRealised).text(language)))
            return
        }
        document.blocks.append(
            .list(
                open.enumerated().map { index, line in
                    "\(index + 1). " + normLabel(line, language) + "\n"
                        + (line.status == .developing ? line.norm.nextStep : line.norm.firstStep).text(language)
                }))
    }

    private static func appendInventory(_ overview: AgendaOverview, to document: inout Document, _ language: UILanguage)
    {
        for (pillar, lines) in byPillar(overview) {
            document.blocks.append(pillarHeading(pillar, lines, language))
            document.blocks.append(
                .list(
                    lines.map { line in
                        let step: String
                        switch line.status {
                        case .realised:
                            step = Localized(nl: "Gerealiseerd; bewaken.", en: "Realised; keep an eye on it.").text(
                                language)
                        case .developing:
                            step =
                                Localized(nl: "Volgende stap: ", en: "Next step: ").text(language)
                                + line.norm.nextStep.text(language)
                        case .notStarted:
                            step =
                                Localized(nl: "Begin: ", en: "Begin: ").text(language)
                                + line.norm.firstStep.text(language)
                        }
                        return normLabel(line, language) + "\n" + step
                    }))
        }
    }

    private static func appendEvaluation(
        _ overview: AgendaOverview, to document: inout Document, _ language: UILanguage
    ) {
        document.blocks.append(.heading(Message(.agendaChangedSince, overview.previousYear.description).text(language)))
        let changed = overview.changes(language)
        if changed.isEmpty {
            document.blocks.append(.paragraph(Message(.agendaNothingChanged).text(language)))
        } else {
            document.blocks.append(.list(changed))
        }
        document.blocks.append(.heading(Localized(nl: "Waar aanscherpen", en: "Where to sharpen").text(language)))
        document.blocks.append(
            .list(
                overview.lines.map { line in
                    var text = normLabel(line, language) + "\n"
                    switch line.status {
                    case .realised: text += line.norm.sharpen.text(language)
                    case .developing: text += line.norm.nextStep.text(language)
                    case .notStarted: text += line.norm.firstStep.text(language)
                    }
                    let failing = line.indicators.filter {
                        if case .value(_, false) = $0.value { return true } else { return false }
                    }
                    if !failing.isEmpty {
                        text +=
                            "\n" + Localized(nl: "Let op: ", en: "Mind: ").text(language)
                            + failing.map { $0.name.text(language) }.joined(separator: ", ")
                    }
                    return text
                }))
    }
}
