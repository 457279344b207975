import LOBKit

/// `hoger importeer BESTAND [--instelling …]`: reads the first-year results a hogeschool or universiteit sends back
/// about the school's former students: aggregated per cohort, prior education and sector, with `<5` for 1 to 4.
/// A file replaces what was read before for the same institution and cohort. All or nothing: every bad row is
/// listed with line, column and reason (exit 3).
///
/// The file (`,` or `;`, a BOM is fine) has the columns `cohort` (the exam year), `instelling`, `soort` (`hbo` or
/// `wo`), `vooropleiding` (`havo` or `vwo`), `sector`, `gestart`, `doorgegaan`, `geswitcht`, `uitgevallen` and
/// optionally `bsa-positief`. Without an `instelling` column `--instelling` names the institution for every row.
struct HigherImport: Command {
    enum Field: String, CaseIterable {
        case cohort = "cohort"
        case institution = "instelling"
        case kind = "soort"
        case prior = "vooropleiding"
        case sector = "sector"
        case started = "gestart"
        case continued = "doorgegaan"
        case switched = "geswitcht"
        case droppedOut = "uitgevallen"
        case bsa = "bsa-positief"

        /// Header spellings as `CSVHeader.normalize` leaves them.
        var spellings: [String] {
            switch self {
            case .cohort: ["cohort", "examenjaar", "jaar", "year"]
            case .institution: ["instelling", "hogeschool", "universiteit", "institution"]
            case .kind: ["soort", "type", "hbowo", "kind"]
            case .prior: ["vooropleiding", "schooltype", "prioreducation"]
            case .sector: ["sector", "opleidingstype", "croho", "crohosector", "hoopsector"]
            case .started: ["gestart", "instroom", "started"]
            case .continued: ["doorgegaan", "herinschrijving", "nogingeschreven", "continued"]
            case .switched: ["geswitcht", "switch", "switched"]
            case .droppedOut: ["uitgevallen", "uitval", "droppedout"]
            case .bsa: ["bsapositief", "positiefbsa", "bsa", "bsapositive"]
            }
        }
    }

    static let spec = CommandSpec(
        "importeer", group: "hoger", aliases: ["import"],
        summary: Localized(
            nl:
                "Leest de eerstejaarsresultaten die een hogeschool of universiteit terugstuurt (per cohort, vooropleiding en sector; <5 voor 1 tot 4); vervangt eerdere cijfers van die instelling en dat cohort; alles of niets",
            en:
                "Reads the first-year results a university sends back (per cohort, prior education and sector; <5 for 1 to 4); replaces earlier figures of that institution and cohort; all or nothing"
        ),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl: "Het CSV-bestand (, of ;) met een kopregel", en: "The CSV file (, or ;) with a header line"))
        ],
        flags: [
            Flag(
                "instelling", aliases: ["institution"], .text,
                help: Localized(
                    nl: "De instelling van het bestand, als het geen kolom instelling heeft",
                    en: "The file's institution, when it has no instelling column"))
        ],
        examples: [
            Example(
                "hoger importeer eerstejaars-hogeschool-zuid.csv --instelling \"Hogeschool Zuid\"",
                Localized(
                    nl: "De eerstejaarsresultaten die Hogeschool Zuid terugstuurt",
                    en: "The first-year results Hogeschool Zuid sends back"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let file = try CSVImportFile<Field>(
            data: try context.readFile(path, at: span), path: path, spellings: \.spellings,
            mandatory: [.cohort, .kind, .prior, .sector, .started, .continued, .switched, .droppedOut], at: span)
        let institutionFlag = VoHoLookup.trimmed(arguments.text("instelling"))
        if !file.has(.institution), institutionFlag == nil {
            throw LOBError(.usage, Message(VoHoText.importNeedsInstitution, path), at: arguments.callSpan)
        }
        var results: [FirstYearResult] = []
        var problems: [RowProblem] = []
        var firstLine: [String: Int] = [:]
        for row in file.rows {
            if let result = Self.check(
                row, file: file, institution: institutionFlag, today: context.today, problems: &problems)
            {
                let key = [
                    String(result.cohort), result.institution.lowercased(), result.priorEducation.rawValue,
                    result.sector.lowercased(),
                ].joined(separator: "|")
                if let first = firstLine[key] {
                    problems.append(
                        RowProblem(line: row.line, column: nil, reason: Message(VoHoText.rowSameResult, String(first))))
                    continue
                }
                firstLine[key] = row.line
                results.append(result)
            }
        }
        try file.refuseIfProblems(problems, at: span, language: context.language)
        let replaced = try context.store().replaceFirstYearResults(results)
        var cohorts: [Int] = []
        for result in results where !cohorts.contains(result.cohort) { cohorts.append(result.cohort) }
        return .text(
            Message(
                VoHoText.importDone, String(results.count), path,
                cohorts.sorted().map(String.init)
                    .joined(separator: ", "), String(replaced)
            ).text(context.language))
    }

    /// Checks one row: the result, or nil with every problem in it added to `allProblems`.
    static func check(
        _ row: CSVImportFile<Field>.Row, file: CSVImportFile<Field>, institution: String?, today: LOBDate,
        problems allProblems: inout [RowProblem]
    ) -> FirstYearResult? {
        var problems: [RowProblem] = []
        defer { allProblems += problems }
        func problem(_ field: Field, _ reason: Message) { problems.append(file.problem(row, field, reason)) }
        func empty(_ field: Field) -> Bool {
            if row[field].isEmpty { problem(field, Message(VoHoText.rowEmpty)) }
            return row[field].isEmpty
        }

        let cohort = Int(row[.cohort])
        // A first year ends a year after the exam: the newest cohort with results is last year's.
        if !empty(.cohort), cohort.map({ $0 < 1950 || $0 >= today.year }) ?? true {
            problem(.cohort, Message(VoHoText.rowBadCohort, row[.cohort], String(today.year - 1)))
        }
        let rowInstitution = VoHoLookup.trimmed(row[.institution]) ?? institution
        if rowInstitution == nil { problem(.institution, Message(VoHoText.rowEmpty)) }
        let kind = HigherKind(rawValue: row[.kind].lowercased())
        if !empty(.kind), kind == nil {
            problem(.kind, Message(VoHoText.rowUnknownValue, row[.kind], HigherKind.names.joined(separator: ", ")))
        }
        let prior = SchoolType(rawValue: row[.prior].lowercased()).flatMap { [.havo, .vwo].contains($0) ? $0 : nil }
        if !empty(.prior), prior == nil {
            problem(.prior, Message(VoHoText.rowUnknownValue, row[.prior], "havo, vwo"))
        }
        _ = empty(.sector)
        var counts: [Field: CountRange] = [:]
        for field in [Field.started, .continued, .switched, .droppedOut, .bsa] {
            if field == .bsa, row[field].isEmpty { continue }
            if empty(field) { continue }
            guard let count = Self.count(row[field]) else {
                problem(field, Message(VoHoText.rowBadCount, row[field]))
                continue
            }
            counts[field] = count
        }
        if let started = counts[.started], let continued = counts[.continued], let switched = counts[.switched],
            let droppedOut = counts[.droppedOut]
        {
            let known = continued + switched + droppedOut
            if known.low > started.high {
                problem(
                    .started,
                    Message(VoHoText.rowMoreThanStarted, known.description, started.description))
            }
            if let bsa = counts[.bsa], bsa.low > started.high {
                problem(.bsa, Message(VoHoText.rowBSAMoreThanStarted, bsa.description, started.description))
            }
        }
        guard problems.isEmpty, let cohort, let rowInstitution, let kind, let prior,
            let started = counts[.started], let continued = counts[.continued], let switched = counts[.switched],
            let droppedOut = counts[.droppedOut]
        else { return nil }
        return FirstYearResult(
            cohort: cohort, institution: rowInstitution, kind: kind, priorEducation: prior, sector: row[.sector],
            started: started, continued: continued, switched: switched, droppedOut: droppedOut,
            bsaPositive: counts[.bsa])
    }

    /// A count as institutions write it: a whole number from 0, or `<5` for 1 to 4.
    static func count(_ text: String) -> CountRange? {
        let compact = text.filter { !$0.isWhitespace }
        if compact == "<5" { return .censoredSmall }
        guard let number = Int(compact), number >= 0 else { return nil }
        return CountRange(number)
    }
}
