/// `activiteit importeer BESTAND`: reads a catalogue; all or nothing unless `--sla-fouten-over`.
struct ActivityImport: Command {
    static let spec = CommandSpec(
        "importeer", group: "activiteit", aliases: ["import"],
        summary: Localized(
            nl: "Importeert activiteiten uit een CSV-bestand; bestaande codes worden bijgewerkt",
            en: "Imports activities from a CSV file; existing codes are updated"),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl:
                        "Het CSV-bestand met de kolommen code, naam, soort, leerjaren (4;5;6 of 4-6), competenties en desgewenst omschrijving, schooltypen (leeg: alle), keuzemoment, buiten-school (ja/nee), partner, van, tot, verplicht (ja/nee)",
                    en:
                        "The CSV file with the columns code, naam, soort, leerjaren (4;5;6 or 4-6), competenties and optionally omschrijving, schooltypen (empty: all), keuzemoment, buiten-school (ja/nee), partner, van, tot, verplicht (ja/nee)"
                ))
        ],
        flags: [
            CatalogueImport.Field.columnFlag(example: "naam=Activiteit"),
            SharedFlags.skipErrors,
        ],
        examples: [
            Example(
                "activiteit importeer activiteiten.csv",
                Localized(nl: "De catalogus uit een spreadsheet", en: "The catalogue from a spreadsheet")),
            Example(
                "activiteit importeer activiteiten.csv --kolom naam=Titel",
                Localized(
                    nl: "Een bestand waarin de naam 'Titel' heet", en: "A file in which the name is called 'Titel'")),
            Example(
                "activiteit importeer activiteiten.csv --sla-fouten-over",
                Localized(
                    nl: "De goede rijen importeren, de foute opsommen", en: "Import the good rows, list the bad ones")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let data = try context.readFile(path, at: span)
        let catalogue = try CatalogueImport(data: data, path: path, mappings: arguments.mappings("kolom"), at: span)
        let details = try catalogue.bad.checked(
            path: path, at: span, skipping: arguments.isSet("sla-fouten-over"), language: context.language)
        let store = try context.store()
        let existing = Set(try store.activities().map { $0.code.lowercased() })
        for row in catalogue.good { try store.saveActivity(row.activity) }
        for detail in details { context.notice(detail) }
        let added = catalogue.good.filter { !existing.contains($0.activity.code.lowercased()) }.count
        return .text(
            Message(
                .activityImportDone, String(catalogue.good.count), String(added), String(catalogue.good.count - added),
                String(catalogue.bad.count)
            )
            .text(context.language))
    }
}
