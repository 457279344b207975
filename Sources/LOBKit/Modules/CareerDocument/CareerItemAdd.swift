import Foundation

/// `dossier item NUMMER --soort SOORT --omschrijving TEKST [--datum] [--bewijs]`: adds an item of the
/// plusdocument kind to a student's career document.
struct CareerItemAdd: Command {
    static let spec = CommandSpec(
        "item", group: "dossier", aliases: ["add-item"],
        summary: Localized(
            nl:
                "Voegt een item toe aan het loopbaandossier van een leerling, zoals in het plusdocument: een extra vak, een rol, een certificaat, vrijwilligerswerk, een stage",
            en:
                "Adds an item to a student's career document, as in the plusdocument: an extra subject, a role, a certificate, voluntary work, a work placement"
        ),
        positionals: [
            Positional("nummer", .studentNumber, help: Localized(nl: "Het leerlingnummer", en: "The student number"))
        ],
        flags: [
            Flag(
                "soort", aliases: ["kind"], .choice(CareerItemKind.allCases.map(\.rawValue)),
                help: Localized(nl: "Wat voor item het is (verplicht)", en: "What kind of item it is (required)")),
            Flag(
                "omschrijving", aliases: ["description"], .text,
                help: Localized(
                    nl: "Wat de leerling deed of behaalde (verplicht)", en: "What the student did or earned (required)")
            ),
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(
                    nl: "Wanneer (standaard vandaag; niet in de toekomst)",
                    en: "When (default today; not in the future)")
            ),
            Flag(
                "bewijs", aliases: ["evidence"], .text,
                help: Localized(
                    nl: "Waar het bewijs is: een bestand, een link, een map", en: "Where the proof is: a file, a link")),
        ],
        examples: [
            Example(
                "dossier item 1042 --soort rol --omschrijving \"Lid van de leerlingenraad\" --datum 2026-09-15",
                Localized(nl: "Een rol in het dossier van leerling 1042", en: "A role in student 1042's document")),
            Example(
                "dossier item 1042 --soort certificaat --omschrijving \"EHBO-diploma\" --bewijs ehbo.pdf",
                Localized(
                    nl: "Een certificaat van vandaag, met waar het bewijs is",
                    en: "A certificate of today, with where the proof is")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let number = arguments.text("nummer") ?? ""
        let student = try ParticipationLookup(store).checkedStudent(number, at: arguments.span("nummer"))
        guard let kind = arguments.text("soort").flatMap(CareerItemKind.init(rawValue:)) else {
            throw LOBError.usage(.missingArgument, "--soort", Self.spec.displayName, at: context.callSpan)
        }
        guard arguments.isSet("omschrijving") else {
            throw LOBError.usage(.missingArgument, "--omschrijving", Self.spec.displayName, at: context.callSpan)
        }
        let description = (arguments.text("omschrijving") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !description.isEmpty else {
            throw LOBError.usage(.dossierEmptyDescription, at: arguments.span("omschrijving"))
        }
        let date = arguments.date("datum") ?? context.today
        guard date <= context.today else {
            throw LOBError.usage(
                .dossierFutureDate, date.description, context.today.description, at: arguments.span("datum"))
        }
        let item = CareerItem(
            studentNumber: student.number, kind: kind, description: description, date: date,
            evidence: (arguments.text("bewijs") ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
        guard let id = try store.addCareerItem(item) else {
            throw LOBError(.failed, Message(.unknownStudent, student.number), at: arguments.span("nummer"))
        }
        return .text(
            Message(.dossierItemAdded, String(id), student.fullName, student.number, kind.rawValue, description)
                .text(context.language))
    }
}
