import Foundation

/// `lees BESTAND` (alias `open`): reads a CSV, TSV or JSON file into the pipeline as a table.
struct ReadFile: Command {
    static let spec = CommandSpec(
        "lees", aliases: ["open", "read"],
        summary: Localized(
            nl: "Leest een CSV-, TSV- of JSON-bestand als tabel (om erin te kijken vóór een import)",
            en: "Reads a CSV, TSV or JSON file as a table (to look into it before an import)"),
        positionals: [
            Positional(
                "bestand", .file,
                help: Localized(
                    nl: "Het bestand; het formaat volgt uit de extensie",
                    en: "The file; the format follows from the extension"))
        ],
        flags: [
            Flag(
                "formaat", aliases: ["format"], .choice(["csv", "tsv", "json"]),
                help: Localized(
                    nl: "Het formaat, als de extensie het niet zegt", en: "The format, when the extension does not say")
            )
        ],
        examples: [
            Example(
                "lees aanmeldingen.csv | waar opleiding ~ zorg | aantal",
                Localized(
                    nl: "Hoeveel aanmeldingen voor een zorgopleiding", en: "How many applications for a care programme")
            ),
            Example(
                "lees leerlingen.csv | eerste 3",
                Localized(nl: "De eerste rijen van een bestand", en: "A file's first rows")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let path = arguments.text("bestand") ?? ""
        let span = arguments.span("bestand")
        let data = try context.readFile(path, at: span)
        let format = arguments.text("formaat") ?? URL(fileURLWithPath: path).pathExtension.lowercased()
        if format == "json" { return .table(try JSONTable.read(data, path: path, at: span)) }
        try TextFileCheck.check(data, path: path, at: span)
        let document = CSVReader.read(data, separator: format == "tsv" ? .tab : nil)
        try document.throwIfBroken(path: path, at: span)
        guard let header = document.header else { return .table(Table(columns: [], rows: [])) }
        var columns = header.fields
        let rows = document.records.map { record in
            while columns.count < record.fields.count { columns.append("kolom\(columns.count + 1)") }
            return record.fields.map(Value.inferred(from:))
        }
        return .table(
            Table(columns: columns, rows: rows.map { $0 + Array(repeating: .nothing, count: columns.count - $0.count) })
        )
    }
}

extension CSVDocument {
    /// Turns the reader's structural problems into one data error naming the file and line.
    func throwIfBroken(path: String, at span: SourceSpan) throws(LOBError) {
        guard let problem = problems.first else { return }
        let message: Message
        switch problem {
        case .unterminatedQuote(let line): message = Message(.csvUnterminatedQuote, path, String(line))
        case .invalidUTF8(let line): message = Message(.csvInvalidUTF8, path, String(line))
        case .utf16: message = Message(.csvUTF16, path)
        }
        throw LOBError(.data, message, at: span)
    }
}

/// Reads a JSON array of objects (or one object) as a table, columns in order of appearance.
enum JSONTable {
    static func read(_ data: Data, path: String, at span: SourceSpan) throws(LOBError) -> Table {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw LOBError(.data, Message(.jsonUnreadable, path), at: span, cause: error.localizedDescription)
        }
        let objects: [[String: Any]]
        if let array = parsed as? [[String: Any]] {
            objects = array
        } else if let object = parsed as? [String: Any] {
            objects = [object]
        } else {
            throw LOBError(.data, Message(.jsonNotTable, path), at: span)
        }
        var columns: [String] = []
        var known = Set<String>()
        for object in objects {
            for key in object.keys.sorted() where known.insert(key).inserted { columns.append(key) }
        }
        let rows = objects.map { object in columns.map { value(object[$0]) } }
        return Table(columns: columns, rows: rows)
    }

    private static func value(_ any: Any?) -> Value {
        switch any {
        case nil, is NSNull: return .nothing
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return .text(number.boolValue ? "true" : "false") }
            if let integer = Int(exactly: number.doubleValue), !number.stringValue.contains(".") {
                return .integer(integer)
            }
            return .decimal(number.doubleValue)
        case let text as String: return .text(text)
        case let other?:
            if let data = try? JSONSerialization.data(withJSONObject: other, options: [.sortedKeys]),
                let text = String(data: data, encoding: .utf8)
            {
                return .text(text)
            }
            return .text(String(describing: other))
        }
    }
}
