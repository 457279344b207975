import Foundation
import LOBKit

/// The module's SQL: its own `vmbombo_` tables, and reads of the built-in `leerling`, `activiteit`, `deelname`
/// and `gesprek` tables. Never the private working notes (`gesprek_werkaantekening`).
extension StoreTransaction {
    /// How many final-year vmbo students (leerjaar 4) the roster has: counted in the store, from its index.
    func handoverStudentCount() throws(LOBError) -> Int {
        let rows = try query(
            """
            SELECT count(*) FROM leerling
            WHERE leerjaar = 4 AND schooltype IN ('vmbo-bb', 'vmbo-kb', 'vmbo-gl', 'vmbo-tl')
            """
        ).rows
        if case .integer(let count)? = rows.first?.first { return count }
        return 0
    }

    /// Every final-year vmbo student (leerjaar 4), by class and name, with application and latest consent;
    /// only `number` when one is given; with `recordedOnly`, only those with an application or a consent (the
    /// others have neither, which counts can take from `handoverStudentCount()` without reading them).
    func handoverStudents(number: String? = nil, recordedOnly: Bool = false) throws(LOBError) -> [HandoverStudent] {
        var sql = """
            SELECT l.id, l.leerlingnummer, l.roepnaam, l.tussenvoegsel, l.achternaam, l.klas, l.schooltype,
                   l.profiel, l.mentor, a.instelling, a.opleiding, a.niveau, a.status, a.datum,
                   t.door AS toestemming_door, t.datum AS toestemming_datum, t.ingetrokken
            FROM leerling l
            LEFT JOIN vmbombo_aanmelding a ON a.leerling_id = l.id
            LEFT JOIN vmbombo_toestemming t ON t.id = (
                SELECT t2.id FROM vmbombo_toestemming t2 WHERE t2.leerling_id = l.id
                ORDER BY t2.datum DESC, t2.id DESC LIMIT 1)
            WHERE l.leerjaar = 4 AND l.schooltype IN ('vmbo-bb', 'vmbo-kb', 'vmbo-gl', 'vmbo-tl')
            """
        var arguments: [Value] = []
        if let number {
            sql += " AND l.leerlingnummer = ?"
            arguments.append(.text(number))
        }
        if recordedOnly {
            sql +=
                " AND l.id IN (SELECT leerling_id FROM vmbombo_aanmelding UNION SELECT leerling_id FROM vmbombo_toestemming)"
        }
        let students = try query(sql, arguments).namedRows.map { row in
            var student = HandoverStudent(
                id: row.integer("id") ?? 0, number: row.text("leerlingnummer"),
                fullName: [row.text("roepnaam"), row.text("tussenvoegsel"), row.text("achternaam")]
                    .filter { !$0.isEmpty }.joined(separator: " "),
                className: row.text("klas"), schoolType: row.text("schooltype"), profile: row.text("profiel"),
                mentor: row.text("mentor"), sortName: [row.text("achternaam"), row.text("roepnaam")])
            if let status = ApplicationStatus(rawValue: row.text("status")) {
                student.application = Application(
                    institution: row.text("instelling"), programme: row.text("opleiding"), level: row.integer("niveau"),
                    status: status, date: row.date("datum"))
            }
            if let giver = ConsentGiver(rawValue: row.text("toestemming_door")),
                let date = row.date("toestemming_datum")
            {
                student.consent = Consent(giver: giver, date: date, withdrawn: row.integer("ingetrokken") == 1)
            }
            return student
        }
        // By class, then surname and given name as people read them: `Özdemir` with the O's.
        return students.sorted { left, right in
            for (one, other) in zip([left.className] + left.sortName, [right.className] + right.sortName) {
                let order = one.compare(other, options: [.caseInsensitive, .diacriticInsensitive])
                if order != .orderedSame { return order == .orderedAscending }
            }
            return left.number < right.number
        }
    }

    /// Any student in the roster by number, nil when there is none.
    func rosterEntry(number: String) throws(LOBError) -> RosterEntry? {
        let rows = try query(
            """
            SELECT id, roepnaam, tussenvoegsel, achternaam, leerjaar, schooltype FROM leerling
            WHERE leerlingnummer = ?
            """, [.text(number)]
        ).namedRows
        return rows.first.map { row in
            RosterEntry(
                id: row.integer("id") ?? 0,
                fullName: [row.text("roepnaam"), row.text("tussenvoegsel"), row.text("achternaam")]
                    .filter { !$0.isEmpty }.joined(separator: " "),
                year: row.integer("leerjaar") ?? 0, schoolType: row.text("schooltype"))
        }
    }

    /// Records (or replaces) a student's application.
    func saveApplication(_ application: Application, studentID: Int, today: LOBDate) throws(LOBError) {
        try execute(
            """
            INSERT INTO vmbombo_aanmelding (leerling_id, instelling, opleiding, niveau, status, datum, bijgewerkt)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (leerling_id) DO UPDATE SET instelling = excluded.instelling, opleiding = excluded.opleiding,
                niveau = excluded.niveau, status = excluded.status, datum = excluded.datum,
                bijgewerkt = excluded.bijgewerkt
            """,
            [
                .integer(studentID), .text(application.institution), .text(application.programme),
                application.level.map(Value.integer) ?? .nothing, .text(application.status.rawValue),
                application.date.map(Value.date) ?? .nothing, .date(today),
            ])
    }

    /// Adds a consent event: given, or withdrawn; the latest one counts, the earlier ones stay as history.
    func addConsent(_ consent: Consent, studentID: Int) throws(LOBError) {
        try execute(
            "INSERT INTO vmbombo_toestemming (leerling_id, door, datum, ingetrokken) VALUES (?, ?, ?, ?)",
            [
                .integer(studentID), .text(consent.giver.rawValue), .date(consent.date),
                .integer(consent.withdrawn ? 1 : 0),
            ]
        )
    }

    /// The activities a student took part in, by date, with the reflection they recorded.
    func dossierActivities(studentID: Int) throws(LOBError) -> [DossierActivity] {
        try query(
            """
            SELECT d.datum, a.code, a.naam, a.soort, d.beoogde_doelen, d.resultaten, d.evaluatie,
                   d.vervolgactiviteiten
            FROM deelname d JOIN activiteit a ON a.id = d.activiteit_id
            WHERE d.leerling_id = ? AND d.status = 'deelgenomen'
            ORDER BY d.datum, a.code COLLATE NOCASE
            """, [.integer(studentID)]
        ).namedRows.map { row in
            DossierActivity(
                date: row.text("datum"), code: row.text("code"), name: row.text("naam"), kind: row.text("soort"),
                intendedGoals: row.text("beoogde_doelen"), results: row.text("resultaten"),
                evaluation: row.text("evaluatie"), followUp: row.text("vervolgactiviteiten"))
        }
    }

    /// The shared part of a student's career conversations (date, kind, topics, report), by date; the mentor's
    /// private working notes are another table, which this module never reads.
    func dossierConversations(studentID: Int) throws(LOBError) -> [DossierConversation] {
        try query(
            """
            SELECT datum, soort, onderwerpen, verslag FROM gesprek
            WHERE leerling_id = ? ORDER BY datum, id
            """, [.integer(studentID)]
        ).namedRows.map { row in
            DossierConversation(
                date: row.text("datum"), kind: row.text("soort"),
                topics: row.text("onderwerpen").split(separator: "\n").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty },
                report: row.text("verslag"))
        }
    }

    /// The open day the calendar import made for `key` (institution, date and location), nil when none.
    func openDay(key: String) throws(LOBError) -> CalendarOpenDay? {
        try query(
            "SELECT code, instelling, datum, titel, locatie FROM vmbombo_opendag WHERE sleutel = ?", [.text(key)]
        ).namedRows.first.flatMap { row in
            row.date("datum").map { date in
                CalendarOpenDay(
                    code: row.text("code"), institution: row.text("instelling"), date: date, title: row.text("titel"),
                    location: row.text("locatie"))
            }
        }
    }

    /// Records which activity an open day of the calendar became.
    func saveOpenDay(_ day: CalendarOpenDay, key: String) throws(LOBError) {
        try execute(
            """
            INSERT INTO vmbombo_opendag (sleutel, code, instelling, datum, titel, locatie) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (sleutel) DO UPDATE SET code = excluded.code, instelling = excluded.instelling,
                datum = excluded.datum, titel = excluded.titel, locatie = excluded.locatie
            """,
            [
                .text(key), .text(day.code), .text(day.institution), .date(day.date), .text(day.title),
                .text(day.location),
            ])
    }

    /// Whether the catalogue has an activity with this code (codes compare without case).
    func activityExists(code: String) throws(LOBError) -> Bool {
        try !query("SELECT 1 FROM activiteit WHERE code = ? COLLATE NOCASE", [.text(code)]).rows.isEmpty
    }

    /// Whether any open day of the calendar was made with this code.
    func openDayCodeTaken(_ code: String) throws(LOBError) -> Bool {
        try !query("SELECT 1 FROM vmbombo_opendag WHERE code = ? COLLATE NOCASE", [.text(code)]).rows.isEmpty
    }

    /// Whether any application is recorded at all (the indicator and the report say so when there is none).
    func hasApplications() throws(LOBError) -> Bool {
        try !query("SELECT 1 FROM vmbombo_aanmelding LIMIT 1").rows.isEmpty
    }
}

/// One row of a query result, read by column name.
struct NamedRow {
    let values: [String: Value]

    func text(_ column: String) -> String { values[column]?.plainText ?? "" }

    func integer(_ column: String) -> Int? {
        if case .integer(let number)? = values[column] { return number }
        return nil
    }

    func date(_ column: String) -> LOBDate? { LOBDate(parsing: text(column)) }
}

extension Table {
    /// The rows, each read by column name.
    var namedRows: [NamedRow] {
        rows.map { row in
            NamedRow(values: Dictionary(zip(columns, row), uniquingKeysWith: { first, _ in first }))
        }
    }
}
