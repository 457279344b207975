import Foundation

/// `beleid gebeurtenis SOORT --datum DATUM [--verwijzing TEKST]`: records an approval, a publication, ….
struct PolicyEventAdd: Command {
    static let spec = CommandSpec(
        "gebeurtenis", group: "beleid", aliases: ["event"],
        summary: Localized(
            nl: "Legt een gebeurtenis vast: instemming van de MR, leerlingenraad, schoolplan, publicatie, informeren",
            en: "Records an event: the MR's consent, student council, schoolplan, publication, informing"),
        positionals: [
            Positional(
                "soort", .choice(PolicyEventKind.allCases.map(\.rawValue)),
                help: Localized(nl: "Wat er gebeurde", en: "What happened"))
        ],
        flags: [
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(
                    nl: "Wanneer (verplicht); het schooljaar volgt uit de datum",
                    en: "When (required); the school year follows from the date")),
            Flag(
                "verwijzing", aliases: ["reference"], .text,
                help: Localized(
                    nl: "Waar het vastligt, zoals een besluitnummer of een pagina van de schoolgids",
                    en: "Where it is written down, such as a decision number or a page of the schoolgids")),
        ],
        examples: [
            Example(
                "beleid gebeurtenis ouders-geinformeerd --datum $vandaag --verwijzing \"Ouderavond leerjaar 3\"",
                Localized(nl: "De ouders zijn vandaag geïnformeerd", en: "Parents were informed today")),
            Example(
                "beleid gebeurtenis mr-instemming --datum 10-3-2026 --verwijzing \"MR-besluit 2026-07\"",
                Localized(nl: "De MR stemde in", en: "The MR consented")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        guard let kind = arguments.text("soort").flatMap(PolicyEventKind.init(rawValue:)) else {
            throw LOBError.usage(.missingArgument, "SOORT", Self.spec.displayName, at: arguments.span("soort"))
        }
        guard let date = arguments.date("datum") else {
            throw LOBError.usage(.policyFlagRequired, "--datum", Self.spec.displayName, at: arguments.callSpan)
        }
        let event = PolicyEvent(
            kind: kind, date: date,
            reference: arguments.text("verwijzing")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        let added = try context.store().addPolicyEvent(event)
        return .text(
            Message(
                added ? .policyEventRecorded : .policyEventKnown, kind.rawValue, date.description,
                event.schoolYear.description
            ).text(context.language))
    }
}
