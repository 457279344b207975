/// `leerling importeer BESTAND`: reads the roster; all or nothing unless `--sla-fouten-over`.
struct StudentImport: Command {
    static let spec = CommandSpec(
        "importeer", group: "leerling", aliases: ["import"],
        summary: Localized(
            nl:
                "Importeert leerlingen uit een CSV-export van de leerlingadministratie; bestaande nummers worden bijgewerkt",
            en: "Imports students from a CSV export of the school administration; existing numbers are updated"),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl: "Het CSV-bestand (, of ; gescheiden, UTF-8 met of zonder BOM)",
                    en: "The CSV file (, or ; separated, UTF-8 with or without BOM)"))
        ],
        flags: [
            RosterImport.Field.columnFlag(example: "klas=Groep"),
            SharedFlags.skipErrors,
            Flag(
                "vestiging", aliases: ["branch"], .text,
                help: Localized(
                    nl: "De vestiging voor rijen zonder BRIN-kolom (code, BRIN, nummer of naam)",
                    en: "The branch for rows without a BRIN column (code, BRIN, number or name)")),
        ],
        examples: [
            Example(
                "leerling importeer leerlingen.csv",
                Localized(
                    nl: "Het rooster uit de leerlingadministratie", en: "The roster from the school administration")),
            Example(
                "leerling importeer export.csv --kolom klas=Groep",
                Localized(
                    nl: "Een export waarin de klas 'Groep' heet", en: "An export in which the class is called 'Groep'")),
            Example(
                "leerling importeer leerlingen.csv --sla-fouten-over",
                Localized(
                    nl: "De goede rijen importeren, de foute opsommen", en: "Import the good rows, list the bad ones")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let data = try context.readFile(path, at: span)
        var roster = try RosterImport(data: data, path: path, mappings: arguments.mappings("kolom"), at: span)
        let store = try context.store()
        let branches = try BranchAssignment(
            store: store, flag: arguments.text("vestiging"), flagSpan: arguments.span("vestiging"))
        var rows: [RosterImport.GoodRow] = []
        for row in roster.good {
            switch try branches.assign(row, context: context) {
            case .success(let branchID):
                var assigned = row
                assigned.student.branchID = branchID
                rows.append(assigned)
            case .failure(let error):
                roster.bad.append(BadRow(line: row.line, message: error.message))
            }
        }
        roster.bad.sort { $0.line < $1.line }
        let details = try roster.bad.checked(
            path: path, at: span, skipping: arguments.isSet("sla-fouten-over"), language: context.language)
        let existing = try store.studentNumbers()
        for row in rows { try store.upsert(row.student) }
        for detail in details { context.notice(detail) }
        let added = rows.filter { !existing.contains($0.student.number) }.count
        return .text(
            Message(
                .importDone, String(rows.count), String(added), String(rows.count - added), String(roster.bad.count)
            )
            .text(context.language))
    }
}

/// Decides each imported row's vestiging, creating vestigingen a board's export names by BRIN.
private final class BranchAssignment {
    private let store: StoreTransaction
    private var branches: [Branch]
    private var fallback: Branch?
    private let flagSpan: SourceSpan

    init(store: StoreTransaction, flag: String?, flagSpan: SourceSpan) throws(LOBError) {
        self.store = store
        self.branches = try store.branches()
        self.flagSpan = flagSpan
        if let flag {
            fallback = try store.branch(matching: flag, at: flagSpan)
        } else if branches.count == 1 {
            fallback = branches.first
        } else {
            fallback = nil
        }
    }

    func assign(_ row: RosterImport.GoodRow, context: CommandContext) throws(LOBError) -> Result<
        Int64, RowError
    > {
        if let brin = row.brin {
            let number = row.branchNumber ?? "00"
            if let known = branches.first(where: { $0.brin == brin && $0.number == number }) {
                return .success(known.id)
            }
            guard brin.count == 4, brin.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                return .failure(.init(Message(.rowBadBrin, brin)))
            }
            let created = try store.addBranch(brin: brin, number: number, name: "\(brin)-\(number)")
            branches.append(created)
            context.notice(Message(.branchCreated, created.code))
            return .success(created.id)
        }
        if let number = row.branchNumber {
            let matches = branches.filter {
                $0.number == number || $0.name.lowercased() == number.lowercased() || $0.code == number
            }
            if matches.count == 1, let match = matches.first { return .success(match.id) }
            return .failure(.init(Message(.rowUnknownBranch, number)))
        }
        if let fallback { return .success(fallback.id) }
        if branches.isEmpty {
            // A single school never has to mention itself: its first import creates its one vestiging.
            let created = try store.addBranch(
                brin: "", number: "00", name: Message(.defaultBranchName).text(context.language))
            branches.append(created)
            fallback = created
            return .success(created.id)
        }
        throw LOBError(.usage, Message(.importNeedsBranch, String(branches.count)), at: flagSpan)
    }
}
