import GRDB

/// The policy module's tables and queries; all of its SQL is here.
enum PolicySchema {
    static let migrations = [
        Migration(
            "v1-beleid",
            sql: """
                CREATE TABLE beleid_antwoord (
                    id INTEGER PRIMARY KEY,
                    vraag TEXT NOT NULL CHECK (vraag IN ('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7')),
                    schooljaar_start INTEGER NOT NULL,
                    tekst TEXT NOT NULL,
                    door TEXT NOT NULL DEFAULT '',
                    vastgelegd TEXT NOT NULL
                );
                CREATE INDEX beleid_antwoord_vraag ON beleid_antwoord(vraag, schooljaar_start);
                CREATE TABLE beleid_gebeurtenis (
                    id INTEGER PRIMARY KEY,
                    soort TEXT NOT NULL,
                    datum TEXT NOT NULL,
                    schooljaar_start INTEGER NOT NULL,
                    verwijzing TEXT NOT NULL DEFAULT '',
                    UNIQUE (soort, datum, verwijzing)
                );
                CREATE INDEX beleid_gebeurtenis_schooljaar ON beleid_gebeurtenis(schooljaar_start, datum);
                CREATE TABLE beleid_verantwoordelijke (
                    id INTEGER PRIMARY KEY,
                    schooljaar_start INTEGER NOT NULL,
                    rol TEXT NOT NULL,
                    naam TEXT NOT NULL,
                    UNIQUE (schooljaar_start, rol, naam)
                );
                CREATE TABLE beleid_inspanningsverplichting (
                    id INTEGER PRIMARY KEY,
                    schooljaar_start INTEGER NOT NULL,
                    tekst TEXT NOT NULL,
                    door TEXT NOT NULL DEFAULT '',
                    vastgelegd TEXT NOT NULL
                );
                """)
    ]
}

extension StoreTransaction {
    /// Records an answer as a new row; earlier answers stay as history.
    func addPolicyAnswer(_ answer: PolicyAnswer) throws(LOBError) {
        try perform {
            try db.execute(
                sql: """
                    INSERT INTO beleid_antwoord (vraag, schooljaar_start, tekst, door, vastgelegd)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    answer.question.rawValue, answer.schoolYear.startYear, answer.text, answer.author,
                    answer.recorded.description,
                ])
        }
    }

    /// Every answer (to one question, or to all), oldest first.
    func policyAnswers(to question: PolicyQuestion? = nil) throws(LOBError) -> [PolicyAnswer] {
        let filter = question == nil ? "" : " WHERE vraag = ?"
        let arguments: StatementArguments = question.map { [$0.rawValue] } ?? []
        return try perform {
            try Row.fetchAll(
                db,
                sql: "SELECT vraag, schooljaar_start, tekst, door, vastgelegd FROM beleid_antwoord" + filter
                    + " ORDER BY vastgelegd, id",
                arguments: arguments
            ).compactMap(Self.policyAnswer)
        }
    }

    /// Each question's answer that holds in `schoolYear`: the latest one given for it or an earlier year.
    func currentPolicyAnswers(in schoolYear: SchoolYear) throws(LOBError) -> [PolicyQuestion: PolicyAnswer] {
        let answers = try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT vraag, schooljaar_start, tekst, door, vastgelegd FROM beleid_antwoord
                    WHERE schooljaar_start <= ? ORDER BY schooljaar_start, vastgelegd, id
                    """,
                arguments: [schoolYear.startYear]
            ).compactMap(Self.policyAnswer)
        }
        var current: [PolicyQuestion: PolicyAnswer] = [:]
        for answer in answers { current[answer.question] = answer }
        return current
    }

    /// Records an event; false when the same kind, date and reference were recorded before.
    func addPolicyEvent(_ event: PolicyEvent) throws(LOBError) -> Bool {
        try perform {
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO beleid_gebeurtenis (soort, datum, schooljaar_start, verwijzing)
                    VALUES (?, ?, ?, ?)
                    """,
                arguments: [
                    event.kind.rawValue, event.date.description, event.schoolYear.startYear, event.reference,
                ])
            return db.changesCount > 0
        }
    }

    /// The events of one school year, by date.
    func policyEvents(in schoolYear: SchoolYear) throws(LOBError) -> [PolicyEvent] {
        try policyEvents(where: "schooljaar_start = ?", schoolYear.startYear)
    }

    /// The events of `schoolYear` and every year before it, by date.
    func policyEvents(upTo schoolYear: SchoolYear) throws(LOBError) -> [PolicyEvent] {
        try policyEvents(where: "schooljaar_start <= ?", schoolYear.startYear)
    }

    private func policyEvents(where condition: String, _ startYear: Int) throws(LOBError) -> [PolicyEvent] {
        try perform {
            try Row.fetchAll(
                db,
                sql: "SELECT soort, datum, verwijzing FROM beleid_gebeurtenis WHERE " + condition
                    + " ORDER BY datum, id",
                arguments: [startYear]
            ).compactMap { row -> PolicyEvent? in
                guard let kind = PolicyEventKind(rawValue: row["soort"]),
                    let date = LOBDate(parsing: row["datum"])
                else { return nil }
                return PolicyEvent(kind: kind, date: date, reference: row["verwijzing"])
            }
        }
    }

    /// Adds a responsible for a school year; false when that role and name were there already.
    func addPolicyResponsible(_ responsible: PolicyResponsible, in schoolYear: SchoolYear) throws(LOBError) -> Bool {
        try perform {
            try db.execute(
                sql: "INSERT OR IGNORE INTO beleid_verantwoordelijke (schooljaar_start, rol, naam) VALUES (?, ?, ?)",
                arguments: [schoolYear.startYear, responsible.role.rawValue, responsible.name])
            return db.changesCount > 0
        }
    }

    /// The responsibles of one school year, in the order they were added.
    func policyResponsibles(in schoolYear: SchoolYear) throws(LOBError) -> [PolicyResponsible] {
        try perform {
            try Row.fetchAll(
                db, sql: "SELECT rol, naam FROM beleid_verantwoordelijke WHERE schooljaar_start = ? ORDER BY id",
                arguments: [schoolYear.startYear]
            ).compactMap { row -> PolicyResponsible? in
                guard let role = PolicyRole(rawValue: row["rol"]) else { return nil }
                return PolicyResponsible(role: role, name: row["naam"])
            }
        }
    }

    /// Records how students meet their inspanningsverplichting, as a new row; earlier texts stay as history.
    func addStudentObligation(_ obligation: StudentObligation) throws(LOBError) {
        try perform {
            try db.execute(
                sql: """
                    INSERT INTO beleid_inspanningsverplichting (schooljaar_start, tekst, door, vastgelegd)
                    VALUES (?, ?, ?, ?)
                    """,
                arguments: [
                    obligation.schoolYear.startYear, obligation.text, obligation.author,
                    obligation.recorded.description,
                ])
        }
    }

    /// The inspanningsverplichting that holds in `schoolYear`: the latest given for it or an earlier year.
    func currentStudentObligation(in schoolYear: SchoolYear) throws(LOBError) -> StudentObligation? {
        try perform {
            try Row.fetchOne(
                db,
                sql: """
                    SELECT schooljaar_start, tekst, door, vastgelegd FROM beleid_inspanningsverplichting
                    WHERE schooljaar_start <= ? ORDER BY schooljaar_start DESC, vastgelegd DESC, id DESC LIMIT 1
                    """,
                arguments: [schoolYear.startYear]
            ).flatMap { row -> StudentObligation? in
                guard let recorded = LOBDate(parsing: row["vastgelegd"]) else { return nil }
                return StudentObligation(
                    schoolYear: SchoolYear(validStartYear: row["schooljaar_start"]), text: row["tekst"],
                    author: row["door"], recorded: recorded)
            }
        }
    }

    /// Whether anything at all has been recorded in the policy module, in any school year.
    func hasPolicyData() throws(LOBError) -> Bool {
        try perform {
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM beleid_antwoord) OR EXISTS (SELECT 1 FROM beleid_gebeurtenis)
                        OR EXISTS (SELECT 1 FROM beleid_inspanningsverplichting)
                        OR EXISTS (SELECT 1 FROM beleid_verantwoordelijke)
                    """) ?? false
        }
    }

    private static func policyAnswer(_ row: Row) -> PolicyAnswer? {
        guard let question = PolicyQuestion(rawValue: row["vraag"]), let recorded = LOBDate(parsing: row["vastgelegd"])
        else { return nil }
        return PolicyAnswer(
            question: question, schoolYear: SchoolYear(validStartYear: row["schooljaar_start"]), text: row["tekst"],
            author: row["door"], recorded: recorded)
    }
}
