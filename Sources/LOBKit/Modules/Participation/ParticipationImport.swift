/// `deelname importeer BESTAND`: reads participations and reflections from a CSV; all or nothing unless
/// `--sla-fouten-over`.
struct ParticipationImport: Command {
    static let spec = CommandSpec(
        "importeer", group: "deelname", aliases: ["import"],
        summary: Localized(
            nl: "Importeert deelnames (en reflecties) uit een CSV-bestand; bestaande deelnames worden bijgewerkt",
            en: "Imports participations (and reflections) from a CSV file; existing participations are updated"),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl:
                        "Het CSV-bestand met de kolommen code, leerlingnummer, datum en eventueel status, "
                        + "beoogde-doelen, resultaten, evaluatie, vervolgactiviteiten",
                    en:
                        "The CSV file with the columns code, leerlingnummer, datum and optionally status, "
                        + "beoogde-doelen, resultaten, evaluatie, vervolgactiviteiten"))
        ],
        flags: [
            ParticipationFile.Field.columnFlag(example: "code=Activiteit"),
            SharedFlags.skipErrors,
        ],
        examples: [
            Example(
                "deelname importeer deelnames.csv",
                Localized(
                    nl: "Deelnames en reflecties uit een bestand", en: "Participations and reflections from a file")),
            Example(
                "deelname importeer deelnames.csv --kolom code=Activiteit",
                Localized(
                    nl: "Een bestand waarin de code onder 'Activiteit' staat",
                    en: "A file in which the code is under 'Activiteit'")),
            Example(
                "deelname importeer deelnames.csv --sla-fouten-over",
                Localized(
                    nl: "De goede rijen importeren, de foute opsommen", en: "Import the good rows, list the bad ones")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let data = try context.readFile(path, at: span)
        let store = try context.store()
        let lookup = try ParticipationLookup(store)
        let file = try ParticipationFile(
            data: data, path: path, mappings: arguments.mappings("kolom"), lookup: lookup, at: span)
        let details = try file.bad.checked(
            path: path, at: span, skipping: arguments.isSet("sla-fouten-over"), language: context.language)

        let existing = Dictionary(
            try store.participations().map { (ParticipationImport.key($0), $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var added = 0
        let writes = file.good.map { row -> Participation in
            guard let known = existing[ParticipationImport.key(row.participation)] else {
                added += 1
                return row.participation
            }
            return ParticipationImport.merge(row, into: known)
        }
        try store.saveParticipations(writes)

        for detail in details { context.notice(detail) }
        let outside = file.good.filter { !$0.isForStudent }.map { String($0.line) }
        if !outside.isEmpty {
            let shown = 10
            var lines = Array(outside.prefix(shown))
            if outside.count > shown {
                lines.append(Message(.participationAndMore, String(outside.count - shown)).text(context.language))
            }
            context.notice(
                Message(.participationNotMeantForRows, String(outside.count), lines.joined(separator: ", ")))
        }
        return .text(
            Message(
                .participationImportDone, String(writes.count), String(added), String(writes.count - added),
                String(file.bad.count)
            )
            .text(context.language))
    }

    /// A participation that is there already takes the row's status (when it has one) and the reflection
    /// fields the row fills in; an empty cell erases nothing.
    static func merge(_ row: ParticipationFile.GoodRow, into known: Participation) -> Participation {
        var merged = known
        let new = row.participation
        if row.hasStatus { merged.status = new.status }
        if !new.intendedGoals.isEmpty { merged.intendedGoals = new.intendedGoals }
        if !new.results.isEmpty { merged.results = new.results }
        if !new.evaluation.isEmpty { merged.evaluation = new.evaluation }
        if !new.followUp.isEmpty { merged.followUp = new.followUp }
        return merged
    }

    /// Activity, student and date: what makes a participation the same one.
    private static func key(_ participation: Participation) -> String {
        [participation.activityCode.lowercased(), participation.studentNumber, participation.date.description]
            .joined(separator: "\u{1F}")
    }
}
