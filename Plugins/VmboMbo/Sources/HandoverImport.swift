import LOBKit

/// `overdracht importeer BESTAND [--instelling …]`: reads the status file an mbo institution sends back and
/// updates the applications; all or nothing, every bad row listed with line, column and reason (exit 3).
///
/// The file (`,` or `;`, a BOM is fine) has a header line with the columns `leerlingnummer`, `opleiding`,
/// `status` and `datum` (the application date, `2027-02-14` or `14-2-2027`), and optionally `instelling` and
/// `niveau`. Without an `instelling` column `--instelling` names the institution for every row.
struct HandoverImport: Command {
    enum Field: String, CaseIterable {
        case number = "leerlingnummer"
        case programme = "opleiding"
        case status = "status"
        case date = "datum"
        case institution = "instelling"
        case level = "niveau"

        /// Header spellings as `CSVHeader.normalize` leaves them.
        var spellings: [String] {
            switch self {
            case .number: ["leerlingnummer", "leerlingnr", "vonummer", "voleerlingnummer", "studentnumber", "number"]
            case .programme: ["opleiding", "opleidingsnaam", "programme", "program"]
            case .status: ["status", "aanmeldstatus", "applicationstatus"]
            case .date: ["datum", "aanmelddatum", "aanmeldingsdatum", "date"]
            case .institution: ["instelling", "mboinstelling", "school", "institution"]
            case .level: ["niveau", "level"]
            }
        }
    }

    static let spec = CommandSpec(
        "importeer", group: "overdracht", aliases: ["import"],
        summary: Localized(
            nl:
                "Leest het statusbestand dat een mbo-instelling terugstuurt (leerlingnummer, opleiding, status, datum; eventueel instelling, niveau); alles of niets",
            en:
                "Reads the status file an mbo institution sends back (leerlingnummer, opleiding, status, datum; optionally instelling, niveau); all or nothing"
        ),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl: "Het CSV-bestand (, of ;) met een kopregel",
                    en: "The CSV file (, or ;) with a header line"))
        ],
        flags: [
            Flag(
                "instelling", aliases: ["institution"], .text,
                help: Localized(
                    nl: "De instelling van het bestand, voor rijen zonder instelling",
                    en: "The file's institution, for rows without one"))
        ],
        examples: [
            Example(
                "overdracht importeer status-roc-zuid.csv --instelling \"ROC Zuid\"",
                Localized(nl: "De statussen die ROC Zuid terugstuurt", en: "The statuses ROC Zuid sends back"))
        ]
    )

    /// A row that passed every check.
    struct GoodRow {
        var student: HandoverStudent
        var application: Application
    }

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let file = try CSVImportFile<Field>(
            data: try context.readFile(path, at: span), path: path, spellings: \.spellings,
            mandatory: [.number, .programme, .status, .date], at: span)
        let institutionFlag = HandoverLookup.trimmed(arguments.text("instelling"))
        if !file.has(.institution), institutionFlag == nil {
            throw LOBError(.usage, Message(HandoverText.importNeedsInstitution, path), at: arguments.callSpan)
        }
        let store = try context.store()
        var students: [String: HandoverStudent] = [:]
        for student in try store.handoverStudents() { students[student.number] = student }

        var good: [GoodRow] = []
        var problems: [RowProblem] = []
        var firstLine: [String: Int] = [:]
        for row in file.rows {
            switch Self.check(
                row, file: file, students: students, institution: institutionFlag, today: context.today, store: store)
            {
            case .failure(let problem):
                problems.append(problem)
            case .success(let checked):
                if let first = firstLine[checked.student.number] {
                    problems.append(
                        file.problem(
                            row, .number, Message(HandoverText.rowDuplicate, checked.student.number, String(first))))
                    continue
                }
                firstLine[checked.student.number] = row.line
                good.append(checked)
            }
        }
        try file.refuseIfProblems(problems, at: span, language: context.language)

        var added = 0
        for row in good {
            if row.student.application == nil { added += 1 }
            try store.saveApplication(row.application, studentID: row.student.id, today: context.today)
        }
        return .text(
            Message(HandoverText.importDone, String(good.count), path, String(added), String(good.count - added))
                .text(context.language))
    }

    /// Checks one row: a final-year vmbo student, a known status, a date when the student applied, a level 1–4.
    static func check(
        _ row: CSVImportFile<Field>.Row, file: CSVImportFile<Field>, students: [String: HandoverStudent],
        institution: String?, today: LOBDate, store: StoreTransaction
    ) -> Result<GoodRow, RowProblem> {
        let number = row[.number]
        guard !number.isEmpty else { return .failure(file.problem(row, .number, Message(HandoverText.rowEmpty))) }
        guard let student = students[number] else {
            let known = (try? store.rosterEntry(number: number)) ?? nil
            let reason =
                known.map { Message(HandoverText.rowNotFinalYear, number, $0.fullName, $0.schoolType, String($0.year)) }
                ?? Message(HandoverText.rowUnknownStudent, number)
            return .failure(file.problem(row, .number, reason))
        }
        let programme = row[.programme]
        guard !programme.isEmpty else { return .failure(file.problem(row, .programme, Message(HandoverText.rowEmpty))) }
        let statusText = row[.status]
        guard let status = ApplicationStatus(spelling: statusText) else {
            let reason =
                statusText.isEmpty
                ? Message(HandoverText.rowEmpty)
                : Message(HandoverText.rowUnknownStatus, statusText, ApplicationStatus.names.joined(separator: ", "))
            return .failure(file.problem(row, .status, reason))
        }
        let dateText = row[.date]
        var date: LOBDate?
        if !dateText.isEmpty {
            guard let parsed = LOBDate(parsing: dateText) else {
                return .failure(file.problem(row, .date, Message(HandoverText.rowBadDate, dateText)))
            }
            guard parsed <= today else {
                return .failure(
                    file.problem(row, .date, Message(HandoverText.rowFutureDate, dateText, today.description)))
            }
            date = parsed
        }
        if status == .notApplied {
            date = nil
        } else if date == nil {
            guard let known = student.application?.date else {
                return .failure(file.problem(row, .date, Message(HandoverText.rowDateNeeded, status.rawValue)))
            }
            date = known
        }
        guard
            let rowInstitution = HandoverLookup.trimmed(row[.institution]) ?? institution
                ?? student.application?.institution
        else {
            return .failure(file.problem(row, .institution, Message(HandoverText.rowEmpty)))
        }
        var level: Int?
        let levelText = row[.level]
        if !levelText.isEmpty {
            guard let parsed = Int(levelText), (1...4).contains(parsed) else {
                return .failure(file.problem(row, .level, Message(HandoverText.rowBadLevel, levelText)))
            }
            level = parsed
        } else if student.application?.programme == programme {
            level = student.application?.level
        }
        let application = Application(
            institution: rowInstitution, programme: programme, level: level, status: status, date: date)
        return .success(GoodRow(student: student, application: application))
    }
}
