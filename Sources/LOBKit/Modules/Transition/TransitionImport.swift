import Foundation

/// `doorstroom importeer BESTAND [--formaat school|duo] [--brin CODE]`: the school's own alumni records, or
/// DUO's open data; all or nothing unless `--sla-fouten-over`.
struct TransitionImport: Command {
    static let spec = CommandSpec(
        "importeer", group: "doorstroom", aliases: ["import"],
        summary: Localized(
            nl: "Importeert bestemmingen van oud-leerlingen (eigen CSV) of DUO's open data 'Bestemming "
                + "vo-gediplomeerden'",
            en: "Imports alumni destinations (the school's own CSV) or DUO's open data 'Bestemming "
                + "vo-gediplomeerden'"),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl: "Het CSV-bestand; eigen formaat: leerlingnummer, cohort, schooltype, profiel, bestemming, "
                        + "instelling, opleiding, status-na-een-jaar",
                    en: "The CSV file; own format: leerlingnummer, cohort, schooltype, profiel, bestemming, "
                        + "instelling, opleiding, status-na-een-jaar"))
        ],
        flags: [
            Flag(
                "formaat", aliases: ["format"], .choice(["school", "duo"]),
                help: Localized(
                    nl: "school: een rij per oud-leerling (standaard); duo: DUO's bestand met aantallen per school",
                    en: "school: a row per alumnus (default); duo: DUO's file of counts per school")),
            Flag(
                "brin", .text, repeatable: true,
                help: Localized(
                    nl: "De BRIN-code(s) van de school in DUO's bestand (standaard die van de vestigingen)",
                    en: "The school's BRIN code(s) in DUO's file (default those of the vestigingen)")),
            SharedFlags.skipErrors,
        ],
        examples: [
            Example(
                "doorstroom importeer oud-leerlingen.csv",
                Localized(nl: "De eigen gegevens per oud-leerling", en: "The school's own records per alumnus")),
            Example(
                "doorstroom importeer duo-bestemming-vo-gediplomeerden.csv --formaat duo --brin 99ZZ",
                Localized(
                    nl: "De rijen van BRIN 99ZZ uit DUO's regionale bestand",
                    en: "The rows of BRIN 99ZZ from DUO's regional file")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let isDUO = arguments.text("formaat") == "duo"
        if !isDUO, arguments.isSet("brin") {
            throw LOBError(.usage, Message(.transitionBRINOnlyForDUO), at: arguments.span("brin"))
        }
        guard isDUO else { return try importOwn(path: path, arguments: arguments, context: context) }
        let data = try context.readFile(path, at: span)
        return try importDUO(data, path: path, arguments: arguments, store: context.store(), context: context)
    }

    /// The school's own file, which may have a row per alumnus of the whole country: read a chunk at a time,
    /// each good row written at once inside the command's transaction, which a bad row rolls back (the error
    /// lists every bad row, as when nothing was written first). The unique key of student number and cohort finds
    /// duplicates; only the lines of the rows written are kept, to name the first of a duplicate.
    private func importOwn(path: String, arguments: Arguments, context: CommandContext) throws(LOBError) -> Value {
        let span = arguments.span("bestand")
        var file = try CSVFileStream(path: context.resolvePath(path), shownPath: path, at: span)
        let store = try context.store()
        let writer = try store.alumniWriter()
        // The line of the record with id `lastIDBefore + 1 + index`, as the ids of rows added follow on.
        var linesAdded: [Int] = []
        var linesAddedElsewhere: [Int64: Int] = [:]
        // The lines of the records that were there before and that this file updated.
        var linesUpdated: [Int64: Int] = [:]
        var added = 0
        let outcome = try AlumniFile.read(
            &file, path: path, at: span,
            accept: { line, alumnus throws(LOBError) in
                if let id = try writer.add(alumnus) {
                    added += 1
                    if id == writer.lastIDBefore + Int64(linesAdded.count) + 1 {
                        linesAdded.append(line)
                    } else {
                        linesAddedElsewhere[id] = line
                    }
                    return nil
                }
                guard let id = try writer.id(of: alumnus) else { return nil }
                let first: Int?
                if id > writer.lastIDBefore {
                    let index = Int(id - writer.lastIDBefore - 1)
                    first = index < linesAdded.count ? linesAdded[index] : linesAddedElsewhere[id]
                } else {
                    first = linesUpdated[id]
                }
                if let first {
                    return Message(
                        .transitionRowDuplicate, alumnus.studentNumber, String(alumnus.cohort), String(first))
                }
                try writer.update(alumnus)
                linesUpdated[id] = line
                return nil
            },
            everyChunk: { () throws(LOBError) in try store.checkInterruption() })
        let details = try outcome.bad.checked(
            path: path, at: span, skipping: arguments.isSet("sla-fouten-over"), language: context.language)
        for detail in details { context.notice(detail) }
        return .text(
            Message(
                .transitionImportDone, String(outcome.accepted), String(added), String(outcome.accepted - added),
                String(outcome.bad.count)
            ).text(context.language))
    }

    private func importDUO(
        _ data: Data, path: String, arguments: Arguments, store: StoreTransaction, context: CommandContext
    ) throws(LOBError) -> Value {
        let span = arguments.span("bestand")
        var brins = arguments.texts("brin").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        if brins.isEmpty {
            brins = Array(Set(try store.branches().map { $0.brin.uppercased() }.filter { !$0.isEmpty })).sorted()
        }
        guard !brins.isEmpty else { throw LOBError(.usage, Message(.transitionDUONeedsBRIN), at: arguments.callSpan) }
        let file = try DUODestinationFile(data: data, path: path, brins: brins, at: span)
        let details = try file.bad.checked(
            path: path, at: span, skipping: arguments.isSet("sla-fouten-over"), language: context.language)
        let brinList = brins.joined(separator: ", ")
        guard !file.counts.isEmpty else {
            throw LOBError(
                .data, Message(.transitionDUONoOwnRows, path, brinList, file.brinsInFile.joined(separator: ", ")),
                at: span)
        }
        try store.replaceDUOCounts(file.counts)
        for detail in details { context.notice(detail) }
        if file.attributedHidden > 0 {
            context.notice(Message(.transitionDUOHiddenAttributed, String(file.attributedHidden), brinList))
        }
        if file.unattributable > 0 {
            context.notice(Message(.transitionDUOHiddenSkipped, String(file.unattributable)))
        }
        let cohorts = Set(file.counts.map(\.cohort)).sorted().map(String.init).joined(separator: ", ")
        let censored = file.counts.filter { !$0.count.isExact }.count
        return .text(
            Message(
                .transitionDUOImportDone, String(file.ownRows), brinList, cohorts, String(censored),
                String(file.otherSchools)
            ).text(context.language))
    }
}
