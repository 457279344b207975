/// `agenda beoordeel NORM --status …`: records where the school stands; earlier judgements are kept.
struct AgendaAssess: Command {
    static let spec = CommandSpec(
        "beoordeel", group: "agenda", aliases: ["assess"],
        summary: Localized(
            nl:
                "Legt de beoordeling van een norm vast (status, bewijs, notitie); eerdere beoordelingen blijven bewaard",
            en: "Records the assessment of a norm (status, evidence, note); earlier assessments are kept"),
        positionals: [Norm.positional],
        flags: [
            Flag(
                "status", .choice(AssessmentStatus.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "niet-gestart, in-ontwikkeling of gerealiseerd (standaard: ongewijzigd)",
                    en: "niet-gestart, in-ontwikkeling or gerealiseerd (default: unchanged)")),
            Flag(
                "bewijs", aliases: ["evidence"], .text, repeatable: true,
                help: Localized(
                    nl: "Bewijs: een tekst, link of documentverwijzing; komt bij het eerdere bewijs",
                    en: "Evidence: a text, link or document reference; added to the earlier evidence")),
            Flag(
                "notitie", aliases: ["note"], .text,
                help: Localized(nl: "Een notitie (vervangt de vorige)", en: "A note (replaces the previous one)")),
            SharedFlags.author,
            SharedFlags.schoolYear,
        ],
        examples: [
            Example(
                "agenda beoordeel A1 --status in-ontwikkeling --bewijs \"Activiteitenoverzicht 2025\" --notitie \"Onderbouw mist werkexploratie\"",
                Localized(nl: "Een beoordeling met bewijs en notitie", en: "An assessment with evidence and a note")),
            Example(
                "agenda beoordeel B2 --bewijs https://school.example/lob",
                Localized(nl: "Alleen bewijs toevoegen; de status blijft", en: "Only add evidence; the status stays")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let norm = arguments.text("norm") ?? ""
        let year = context.schoolYear(arguments)
        let previous = try store.currentAssessments(year)[norm]
        guard let status = arguments.text("status").flatMap(AssessmentStatus.init(rawValue:)) ?? previous?.status else {
            throw LOBError(.usage, Message(.agendaStatusNeeded, norm, year.description), at: arguments.callSpan)
        }
        let assessment = Assessment(
            id: 0, norm: norm, schoolYear: year, status: status,
            evidence: (previous?.evidence ?? []) + arguments.texts("bewijs"),
            note: arguments.text("notitie") ?? previous?.note ?? "",
            assessor: context.author(arguments),
            assessedOn: context.today)
        try store.addAssessment(assessment)
        return .text(Message(.agendaAssessed, norm, year.description, status.rawValue).text(context.language))
    }
}
