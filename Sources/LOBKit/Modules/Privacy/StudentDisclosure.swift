import Foundation

/// Everything the database holds about one student that the student (and their parents) may see: the answer to
/// a request for access (inzage, AVG article 15).
///
/// The roster record, the career document (participations with their reflections, conversations' shared verslag
/// and afspraken, items, the inspanningsverplichting), the school's own doorstroom records, and the rows of every
/// other table that refers to the student: network modules' tables are found through their foreign keys, so a
/// new module is in it without registering anything. Private tables (`PrivateTables`, the mentors' working
/// notes) are left out entirely, not even counted.
struct StudentDisclosure {
    /// The tables the career document or the roster section already shows in words.
    static let shownInWords: Set<String> = [
        "leerling", "deelname", "gesprek", "gesprek_deelnemer", "gesprek_afspraak", "dossier_item",
        "doorstroom_leerling",
    ]

    let number: String
    let madeOn: LOBDate
    let student: Student?
    let left: LOBDate?
    let branchName: String
    let careerDocument: CareerDocument?
    let alumni: [AlumnusDestination]
    /// The rows per table, the private tables left out.
    let counts: [PersonalRows]
    /// The rows of the tables not shown in words, by table.
    let otherTables: [(name: String, rows: Table)]

    /// Reads it all; nil when the database holds nothing about `number`.
    init?(number: String, in store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let isPrivate = { (table: String) in
            PrivateTables.names.contains { $0.caseInsensitiveCompare(table) == .orderedSame }
        }
        let counts = try store.personalRows(of: number).filter { !isPrivate($0.table) }
        guard !counts.isEmpty else { return nil }
        self.number = number
        self.counts = counts
        madeOn = today
        student = try store.student(number: number)
        left = try store.departure(number: number)
        branchName =
            try student.flatMap { student throws(LOBError) in
                try store.branches().first { $0.id == student.branchID }.map { "\($0.code) \($0.name)" }
            } ?? ""
        careerDocument = try student.map { student throws(LOBError) in
            try CareerDocument(student: student, in: store, today: today)
        }
        alumni = try store.alumni(studentNumber: number)
        var others: [(name: String, rows: Table)] = []
        for count in counts where !Self.shownInWords.contains(count.table) {
            others.append((count.table, try store.personalRows(of: number, in: count.table)))
        }
        otherTables = others
    }

    /// The roster record as field and value, the empty fields left out.
    var rosterFields: [(String, Value)] {
        guard let student else { return [] }
        var fields = zip(Student.columns, student.cells).filter { $0.1 != .nothing }
        if !branchName.isEmpty { fields.append(("vestiging", .text(branchName))) }
        if let left { fields.append(("vertrokken", .date(left))) }
        return fields
    }

    static let alumniColumns = ["cohort", "schooltype", "profiel", "bestemming", "instelling", "opleiding", "status"]

    var alumniTable: Table {
        Table(
            columns: Self.alumniColumns,
            rows: alumni.map { alumnus in
                [
                    .integer(alumnus.cohort), .text(alumnus.schoolType.rawValue), .text(alumnus.profile),
                    .text(alumnus.destination.rawValue), .text(alumnus.institution), .text(alumnus.programme),
                    .text(alumnus.status.rawValue),
                ].map { $0 == .text("") ? .nothing : $0 }
            })
    }

    /// The rows disclosed, all tables together.
    var rowCount: Int { counts.reduce(0) { $0 + $1.rows } }

    /// The document for people, as Markdown or HTML.
    func document(_ language: UILanguage) -> Document {
        func text(_ key: MessageKey, _ arguments: String...) -> String {
            Message(key, arguments: arguments).text(language)
        }
        let name = student?.fullName ?? number
        var document = Document(title: text(.privacyDisclosureTitle, name))
        document.blocks.append(.paragraph(text(.privacyDisclosureIntro, number, madeOn.description)))
        document.blocks.append(.heading(text(.privacyDisclosureRoster)))
        if student == nil {
            document.blocks.append(.paragraph(text(.privacyDisclosureNotOnRoster)))
        } else {
            document.blocks.append(
                .table(Table(columns: ["veld", "waarde"], rows: rosterFields.map { [.text($0.0), $0.1] })))
        }
        if let careerDocument {
            document.blocks.append(.heading(text(.privacyDisclosureCareerDocument)))
            document.blocks += careerDocument.document(language).blocks
        }
        if !alumni.isEmpty {
            document.blocks += [.heading(text(.privacyDisclosureAlumni)), .table(alumniTable)]
        }
        if !otherTables.isEmpty {
            document.blocks.append(.heading(text(.privacyDisclosureOtherTables)))
            document.blocks.append(.paragraph(text(.privacyDisclosureOtherTablesIntro)))
            for (name, rows) in otherTables {
                document.blocks += [.paragraph(name), .table(rows)]
            }
        }
        document.blocks.append(.heading(text(.privacyDisclosureCounts)))
        document.blocks.append(
            .table(
                Table(
                    columns: ["tabel", "rijen"], rows: counts.map { [.text($0.table), .integer($0.rows)] })))
        document.blocks.append(.paragraph(text(.privacyDisclosurePrivateNotes)))
        return document
    }

    /// The document as JSON, schema `lobsh-inzage`, version 1: `leerlingnummer`, `opgemaakt`, `leerling` (the
    /// roster fields, or null), `loopbaandossier` (the `lobsh-loopbaandossier` document, or null), `doorstroom`,
    /// `tabellen` (the other tables' rows) and `aantallen` (rows per table).
    func json() throws(LOBError) -> String {
        let file = DisclosureFile(self)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(file), as: UTF8.self) + "\n"
        } catch {
            throw LOBError(.failed, Message(.dossierJSONFailed, number), cause: error.localizedDescription)
        }
    }
}

/// The JSON form of a `StudentDisclosure`.
private struct DisclosureFile: Encodable {
    /// A cell: a number, a text, or null.
    enum Cell: Encodable {
        case number(Int)
        case decimal(Double)
        case text(String)
        case null

        init(_ value: Value) {
            switch value {
            case .nothing: self = .null
            case .integer(let number): self = .number(number)
            case .decimal(let number): self = .decimal(number)
            default: self = .text(value.plainText)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let number): try container.encode(number)
            case .decimal(let number): try container.encode(number)
            case .text(let text): try container.encode(text)
            case .null: try container.encodeNil()
            }
        }
    }

    struct TablePart: Encodable {
        var tabel: String
        var rijen: [[String: Cell]]
    }

    struct CountPart: Encodable {
        var tabel: String
        var rijen: Int
    }

    var schema = "lobsh-inzage"
    var versie = 1
    var leerlingnummer: String
    var opgemaakt: String
    var leerling: [String: Cell]?
    var loopbaandossier: CareerDocumentFile?
    var doorstroom: [[String: Cell]]
    var tabellen: [TablePart]
    var aantallen: [CountPart]

    init(_ disclosure: StudentDisclosure) {
        leerlingnummer = disclosure.number
        opgemaakt = disclosure.madeOn.description
        leerling =
            disclosure.student == nil
            ? nil
            : Dictionary(disclosure.rosterFields.map { ($0.0, Cell($0.1)) }, uniquingKeysWith: { first, _ in first })
        loopbaandossier = disclosure.careerDocument.map(CareerDocumentFile.init)
        doorstroom = Self.objects(disclosure.alumniTable)
        tabellen = disclosure.otherTables.map { TablePart(tabel: $0.name, rijen: Self.objects($0.rows)) }
        aantallen = disclosure.counts.map { CountPart(tabel: $0.table, rijen: $0.rows) }
    }

    static func objects(_ table: Table) -> [[String: Cell]] {
        table.rows.map { row in
            Dictionary(
                zip(table.columns, row).map { ($0, Cell($1)) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
