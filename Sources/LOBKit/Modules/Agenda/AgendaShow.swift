/// `agenda toon NORM`: one norm in full, with the school's assessment and the indicators from its data.
struct AgendaShow: Command {
    static let spec = CommandSpec(
        "toon", group: "agenda", aliases: ["show"],
        summary: Localized(
            nl: "Toont één norm: de tekst, wat als bewijs telt, de beoordeling en de indicatoren uit de eigen gegevens",
            en:
                "Shows one norm: its text, what counts as evidence, the assessment and the indicators from the school's data"
        ),
        positionals: [Norm.positional],
        flags: [SharedFlags.schoolYear],
        examples: [Example("agenda toon A2", Localized(nl: "Norm A2", en: "Norm A2"))]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let language = context.language
        let year = context.schoolYear(arguments)
        let overview = try AgendaOverview(schoolYear: year, context: context)
        guard let line = overview.lines.first(where: { $0.norm.id == arguments.text("norm") }) else {
            throw LOBError.usage(
                .unknownChoice, arguments.text("norm") ?? "", "norm", Norm.all.map(\.id).joined(separator: ", "),
                at: arguments.span("norm"))
        }
        let norm = line.norm
        var document = Document(title: "\(norm.id) — \(norm.title.text(language)) (\(norm.pillar.name.text(language)))")
        document.blocks.append(.paragraph(norm.text.text(language)))
        document.blocks.append(
            .heading(Localized(nl: "Wat telt als bewijs", en: "What counts as evidence").text(language)))
        document.blocks.append(.paragraph(norm.evidence.text(language)))
        document.blocks.append(.heading(Message(.agendaAssessmentHeading, year.description).text(language)))
        if let current = line.current {
            var items = [
                Localized(nl: "status: ", en: "status: ").text(language)
                    + AgendaOverview.label(current.status, language),
                Message(
                    .agendaAssessedBy, current.assessor.isEmpty ? "—" : current.assessor, current.assessedOn.description
                ).text(language),
            ]
            items += current.evidence.map { Localized(nl: "bewijs: ", en: "evidence: ").text(language) + $0 }
            if !current.note.isEmpty {
                items.append(Localized(nl: "notitie: ", en: "note: ").text(language) + current.note)
            }
            document.blocks.append(.list(items))
        } else {
            document.blocks.append(.paragraph(Message(.agendaNotAssessed, norm.id).text(language)))
        }
        document.blocks.append(
            .heading(
                Localized(nl: "Indicatoren uit de eigen gegevens", en: "Indicators from the school's data").text(
                    language)))
        document.blocks.append(.list(AgendaOverview.indicatorTexts(line, language)))
        return .text(document.text(language: language))
    }
}
