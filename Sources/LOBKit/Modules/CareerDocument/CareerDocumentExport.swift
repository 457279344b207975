import Foundation

/// `dossier exporteer NUMMER [--formaat md|html|json]`, or `dossier exporteer --klas KLAS --map MAP`: the
/// career document for the student to take to the next school, the shared parts only.
struct CareerDocumentExport: Command {
    /// The formats of the export and their file extensions.
    enum Format: String, CaseIterable {
        case markdown = "md"
        case html
        case json
    }

    static let columns = ["leerlingnummer", "naam", "bestand"]

    static let spec = CommandSpec(
        "exporteer", group: "dossier", aliases: ["export"],
        summary: Localized(
            nl:
                "Maakt het loopbaandossier als document dat de leerling meeneemt naar de volgende school: Markdown, een zelfstandige HTML-pagina die goed afdrukt, of JSON (schema lobsh-loopbaandossier, versie 1); met --klas en --map één bestand per leerling",
            en:
                "Makes the career document the student takes to the next school: Markdown, a self-contained HTML page that prints well, or JSON (schema lobsh-loopbaandossier, version 1); with --klas and --map one file per student"
        ),
        positionals: [
            Positional(
                "nummer", .studentNumber, .optional,
                help: Localized(nl: "Het leerlingnummer (of gebruik --klas)", en: "The student number (or use --klas)"))
        ],
        flags: [
            Flag(
                "formaat", aliases: ["format"], .choice(Format.allCases.map(\.rawValue)),
                help: Localized(nl: "Het formaat (standaard md)", en: "The format (default md)")),
            Flag(
                "klas", aliases: ["class"], .text,
                help: Localized(
                    nl: "Alle leerlingen van deze klas (vraagt om --map)",
                    en: "Every student of this class (needs --map)")
            ),
            Flag(
                "map", aliases: ["folder"], .file,
                help: Localized(
                    nl: "Schrijft één bestand per leerling in deze map (NUMMER-achternaam.md), de map wordt gemaakt",
                    en: "Writes one file per student to this folder (NUMBER-surname.md), creating the folder")),
        ],
        examples: [
            Example(
                "dossier exporteer 1042 > dossier-1042.md",
                Localized(nl: "Het dossier van 1042 als Markdown-bestand", en: "1042's document as a Markdown file")),
            Example(
                "dossier exporteer 1042 --formaat html > dossier-1042.html",
                Localized(nl: "Als webpagina, om af te drukken", en: "As a web page, to print")),
            Example(
                "dossier exporteer --klas H5A --map uitvoer/ --formaat json",
                Localized(
                    nl: "Eén JSON-bestand per leerling van H5A, voor de overdracht",
                    en: "One JSON file per student of H5A, for the transfer")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let format = arguments.text("formaat").flatMap(Format.init(rawValue:)) ?? .markdown
        let folder = arguments.text("map")
        let students: [Student]
        switch (arguments.text("nummer"), arguments.text("klas")) {
        case (.some, .some):
            throw LOBError.usage(.dossierNumberOrClass, at: arguments.span("klas"))
        case (nil, nil):
            throw LOBError.usage(.dossierNeedsStudent, at: context.callSpan)
        case (nil, .some) where folder == nil:
            throw LOBError.usage(.dossierClassNeedsFolder, at: arguments.span("klas"))
        case (.some(let number), nil):
            students = [try ParticipationLookup(store).checkedStudent(number, at: arguments.span("nummer"))]
        case (nil, .some(let className)):
            students = try Self.students(in: className, store: store, at: arguments.span("klas"))
        }
        let documents = try students.map { student throws(LOBError) in
            try CareerDocument(student: student, in: store, today: context.today)
        }
        let what = arguments.text("klas").map { "dossier klas \($0)" } ?? "dossier \(students.first?.number ?? "")"
        try context.logAudit(.export, what: what, count: documents.count, arguments: arguments)
        guard let folder else {
            // Only one student gets here: a class without --map was refused above.
            return .text(
                try documents.map { document throws(LOBError) in
                    try Self.render(document, as: format, context.language)
                }.joined())
        }
        let resolved = context.resolvePath(folder)
        do {
            try FileManager.default.createDirectory(atPath: resolved, withIntermediateDirectories: true)
        } catch {
            throw LOBError(
                .failed, Message(.dossierFolderFailed, folder), at: arguments.span("map"),
                cause: error.localizedDescription)
        }
        var rows: [[Value]] = []
        for document in documents {
            let name = document.fileStem + "." + format.rawValue
            let shown = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let text = try Self.render(document, as: format, context.language)
            do {
                // Not atomic: a plain create makes the file with the mode the process's umask leaves.
                try Data(text.utf8).write(to: URL(fileURLWithPath: resolved).appendingPathComponent(name))
            } catch {
                throw LOBError(
                    .failed, Message(.fileWriteFailed, shown), at: arguments.span("map"),
                    cause: error.localizedDescription)
            }
            rows.append([.text(document.student.number), .text(document.student.fullName), .text(shown)])
        }
        return .table(Table(columns: Self.columns, rows: rows))
    }

    /// The students of a class by name, or an error that names the class and suggests a near one.
    static func students(in className: String, store: StoreTransaction, at span: SourceSpan) throws(LOBError)
        -> [Student]
    {
        var query = StudentQuery()
        query.className = className
        let students = try store.students(query).sorted { left, right in
            for (a, b) in [(left.surname, right.surname), (left.givenName, right.givenName)] {
                let order = Value.compareText(a, b)
                if order != .orderedSame { return order == .orderedAscending }
            }
            return left.number < right.number
        }
        guard students.isEmpty else { return students }
        let classes = Set(try store.students(StudentQuery()).map(\.className).filter { !$0.isEmpty }).sorted()
        if let suggestion = Suggestion.closest(to: className, in: classes) {
            throw LOBError(.failed, Message(.dossierEmptyClassSuggest, className, suggestion), at: span)
        }
        throw LOBError(.failed, Message(.dossierEmptyClass, className), at: span)
    }

    static func render(_ document: CareerDocument, as format: Format, _ language: UILanguage) throws(LOBError)
        -> String
    {
        switch format {
        case .markdown: document.document(language).markdown(language: language)
        case .html: document.document(language).html(language: language)
        case .json: try document.json()
        }
    }
}
