import Foundation
import LOBKit

/// The module's SQL: its own `voho_` tables, and reads of the built-in `leerling`, `activiteit` and `gesprek`
/// tables. Never the private working notes (`gesprek_werkaantekening`).
extension StoreTransaction {
    /// How many final-year havo and vwo students (havo 5, vwo 6) the roster has: counted in the store, from its
    /// index.
    func finalYearStudentCount() throws(LOBError) -> Int {
        let rows = try query(
            """
            SELECT count(*) FROM leerling
            WHERE (schooltype = 'havo' AND leerjaar = 5) OR (schooltype = 'vwo' AND leerjaar = 6)
            """
        ).rows
        if case .integer(let count)? = rows.first?.first { return count }
        return 0
    }

    /// Every final-year havo and vwo student (havo 5, vwo 6), by class and name, with their registration and the
    /// date of their first conversation on or after the advice; only `number` when one is given; with
    /// `registeredOnly`, only those with a registration (counts of all take `finalYearStudentCount()`).
    func finalYearStudents(number: String? = nil, registeredOnly: Bool = false) throws(LOBError)
        -> [FinalYearStudent]
    {
        var sql = """
            SELECT l.id, l.leerlingnummer, l.roepnaam, l.tussenvoegsel, l.achternaam, l.klas, l.schooltype, l.mentor,
                   a.instelling, a.opleiding, a.datum, a.check_datum, a.advies, a.advies_datum,
                   (SELECT MIN(g.datum) FROM gesprek g
                    WHERE g.leerling_id = l.id AND g.datum >= a.advies_datum) AS nagesprek
            FROM leerling l
            LEFT JOIN voho_aanmelding a ON a.leerling_id = l.id
            WHERE ((l.schooltype = 'havo' AND l.leerjaar = 5) OR (l.schooltype = 'vwo' AND l.leerjaar = 6))
            """ + (registeredOnly ? " AND a.leerling_id IS NOT NULL" : "")
        var arguments: [Value] = []
        if let number {
            sql = "SELECT * FROM (" + sql + ") WHERE leerlingnummer = ?"
            arguments.append(.text(number))
        }
        let students = try query(sql, arguments).namedRows.map { row in
            var student = FinalYearStudent(
                id: row.integer("id") ?? 0, number: row.text("leerlingnummer"),
                fullName: [row.text("roepnaam"), row.text("tussenvoegsel"), row.text("achternaam")]
                    .filter { !$0.isEmpty }.joined(separator: " "),
                className: row.text("klas"), schoolType: row.text("schooltype"), mentor: row.text("mentor"),
                sortName: [row.text("achternaam"), row.text("roepnaam")])
            if let date = row.date("datum") {
                student.registration = Registration(
                    institution: row.text("instelling"), programme: row.text("opleiding"), date: date,
                    checkDate: row.date("check_datum"), advice: Advice(rawValue: row.text("advies")),
                    adviceDate: row.date("advies_datum"))
                student.followUp = row.date("nagesprek")
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
            "SELECT roepnaam, tussenvoegsel, achternaam, leerjaar, schooltype FROM leerling WHERE leerlingnummer = ?",
            [.text(number)]
        ).namedRows
        return rows.first.map { row in
            RosterEntry(
                fullName: [row.text("roepnaam"), row.text("tussenvoegsel"), row.text("achternaam")]
                    .filter { !$0.isEmpty }.joined(separator: " "),
                year: row.integer("leerjaar") ?? 0, schoolType: row.text("schooltype"))
        }
    }

    /// Records (or replaces) a student's registration, check and advice.
    func saveRegistration(_ registration: Registration, studentID: Int, today: LOBDate) throws(LOBError) {
        try execute(
            """
            INSERT INTO voho_aanmelding
                (leerling_id, instelling, opleiding, datum, check_datum, advies, advies_datum, bijgewerkt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (leerling_id) DO UPDATE SET instelling = excluded.instelling, opleiding = excluded.opleiding,
                datum = excluded.datum, check_datum = excluded.check_datum, advies = excluded.advies,
                advies_datum = excluded.advies_datum, bijgewerkt = excluded.bijgewerkt
            """,
            [
                .integer(studentID), .text(registration.institution), .text(registration.programme),
                .date(registration.date), registration.checkDate.map(Value.date) ?? .nothing,
                registration.advice.map { Value.text($0.rawValue) } ?? .nothing,
                registration.adviceDate.map(Value.date) ?? .nothing, .date(today),
            ])
    }

    /// Whether any registration is recorded at all (the indicator and the report say so when there is none).
    func hasRegistrations() throws(LOBError) -> Bool {
        try !query("SELECT 1 FROM voho_aanmelding LIMIT 1").rows.isEmpty
    }

    /// The activity the calendar import made for `key`, nil when none.
    func calendarActivity(key: String) throws(LOBError) -> CalendarActivity? {
        try query(
            "SELECT code, instelling, soort, datum, titel, opleiding, plaats FROM voho_activiteit WHERE sleutel = ?",
            [.text(key)]
        ).namedRows.first.flatMap { row in
            guard let date = row.date("datum"), let kind = HigherActivityKind(rawValue: row.text("soort")) else {
                return nil
            }
            return CalendarActivity(
                code: row.text("code"), institution: row.text("instelling"), kind: kind, date: date,
                title: row.text("titel"), programme: row.text("opleiding"), place: row.text("plaats"))
        }
    }

    /// Records which catalogue activity a calendar row became.
    func saveCalendarActivity(_ activity: CalendarActivity) throws(LOBError) {
        try execute(
            """
            INSERT INTO voho_activiteit (sleutel, code, instelling, soort, datum, titel, opleiding, plaats)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (sleutel) DO UPDATE SET code = excluded.code, instelling = excluded.instelling,
                soort = excluded.soort, datum = excluded.datum, titel = excluded.titel,
                opleiding = excluded.opleiding, plaats = excluded.plaats
            """,
            [
                .text(activity.key), .text(activity.code), .text(activity.institution), .text(activity.kind.rawValue),
                .date(activity.date), .text(activity.title), .text(activity.programme), .text(activity.place),
            ])
    }

    /// Whether the catalogue has an activity with this code, or the calendar made one with it (codes compare
    /// without case).
    func activityCodeTaken(_ code: String) throws(LOBError) -> Bool {
        if try !query("SELECT 1 FROM activiteit WHERE code = ? COLLATE NOCASE", [.text(code)]).rows.isEmpty {
            return true
        }
        return try !query("SELECT 1 FROM voho_activiteit WHERE code = ? COLLATE NOCASE", [.text(code)]).rows.isEmpty
    }

    /// Whether the catalogue has an activity with this code.
    func activityExists(code: String) throws(LOBError) -> Bool {
        try !query("SELECT 1 FROM activiteit WHERE code = ? COLLATE NOCASE", [.text(code)]).rows.isEmpty
    }

    /// Replaces each institution's results of each cohort in `results` by `results` (a newer file corrects an older
    /// one); returns how many rows were there before for those institutions and cohorts.
    @discardableResult
    func replaceFirstYearResults(_ results: [FirstYearResult]) throws(LOBError) -> Int {
        var replaced = 0
        var done: Set<String> = []
        for result in results where done.insert("\(result.cohort)|\(result.institution.lowercased())").inserted {
            replaced += try execute(
                "DELETE FROM voho_resultaat WHERE cohort = ? AND instelling = ?",
                [.integer(result.cohort), .text(result.institution)])
        }
        for result in results {
            try execute(
                """
                INSERT INTO voho_resultaat (cohort, instelling, soort, vooropleiding, sector, gestart_laag,
                    gestart_hoog, doorgegaan_laag, doorgegaan_hoog, geswitcht_laag, geswitcht_hoog, uitgevallen_laag,
                    uitgevallen_hoog, bsa_laag, bsa_hoog)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(result.cohort), .text(result.institution), .text(result.kind.rawValue),
                    .text(result.priorEducation.rawValue), .text(result.sector), .integer(result.started.low),
                    .integer(result.started.high), .integer(result.continued.low), .integer(result.continued.high),
                    .integer(result.switched.low), .integer(result.switched.high), .integer(result.droppedOut.low),
                    .integer(result.droppedOut.high), result.bsaPositive.map { Value.integer($0.low) } ?? .nothing,
                    result.bsaPositive.map { Value.integer($0.high) } ?? .nothing,
                ])
        }
        return replaced
    }

    /// The first-year results of one cohort, or of all, by cohort, institution, prior education and sector.
    func firstYearResults(cohort: Int? = nil) throws(LOBError) -> [FirstYearResult] {
        let filter = cohort == nil ? "" : " WHERE cohort = ?"
        let rows = try query(
            "SELECT * FROM voho_resultaat" + filter
                + " ORDER BY cohort, instelling COLLATE NOCASE, vooropleiding, sector COLLATE NOCASE",
            cohort.map { [Value.integer($0)] } ?? []
        ).namedRows
        return rows.compactMap { row in
            func range(_ name: String) -> CountRange? {
                guard let low = row.integer(name + "_laag"), let high = row.integer(name + "_hoog") else { return nil }
                return CountRange(low: low, high: high)
            }
            guard let cohort = row.integer("cohort"), let kind = HigherKind(rawValue: row.text("soort")),
                let prior = SchoolType(rawValue: row.text("vooropleiding")), let started = range("gestart"),
                let continued = range("doorgegaan"), let switched = range("geswitcht"),
                let droppedOut = range("uitgevallen")
            else { return nil }
            return FirstYearResult(
                cohort: cohort, institution: row.text("instelling"), kind: kind, priorEducation: prior,
                sector: row.text("sector"), started: started, continued: continued, switched: switched,
                droppedOut: droppedOut, bsaPositive: range("bsa"))
        }
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
