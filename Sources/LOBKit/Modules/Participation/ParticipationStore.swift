import GRDB

/// The participation table and its queries; all of its SQL is here.
enum ParticipationSchema {
    static let migrations = [
        Migration(
            "v1-deelnames",
            sql: """
                CREATE TABLE deelname (
                    id INTEGER PRIMARY KEY,
                    activiteit_id INTEGER NOT NULL REFERENCES activiteit(id) ON DELETE CASCADE,
                    leerling_id INTEGER NOT NULL REFERENCES leerling(id) ON DELETE CASCADE,
                    datum TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('aangemeld', 'deelgenomen', 'afwezig')),
                    beoogde_doelen TEXT NOT NULL DEFAULT '',
                    resultaten TEXT NOT NULL DEFAULT '',
                    evaluatie TEXT NOT NULL DEFAULT '',
                    vervolgactiviteiten TEXT NOT NULL DEFAULT '',
                    UNIQUE (activiteit_id, leerling_id, datum)
                );
                CREATE INDEX deelname_leerling ON deelname(leerling_id, datum);
                """),
        // Whether the school may quote the reflection (without the name) in the yearly report.
        Migration(
            "v2-deelname-deelbaar",
            sql: """
                ALTER TABLE deelname ADD COLUMN deelbaar INTEGER NOT NULL DEFAULT 0 CHECK (deelbaar IN (0, 1));
                """),
        // The obligations, the programme and the yearly report read one school year's participations: without
        // this index every such query reads all years of every student (issue 10, national scale).
        Migration(
            "v3-deelname-datum",
            sql: """
                CREATE INDEX deelname_datum ON deelname(datum);
                """),
        // Counting per student what counts for the inspanningsverplichting and the programme (taken part, this
        // school year, which activity) reads only this index, not the rows with their reflections; whether a
        // student has any reflection (the career document's indicator) reads only the rows that have one; and the
        // report's quotes only the few reflections marked shareable.
        Migration(
            "v4-deelname-tellen",
            sql: """
                DROP INDEX deelname_leerling;
                CREATE INDEX deelname_leerling ON deelname(leerling_id, datum, status, activiteit_id);
                CREATE INDEX deelname_reflectie ON deelname(leerling_id, datum) WHERE \(hasReflection);
                CREATE INDEX deelname_deelbaar ON deelname(datum) WHERE deelbaar = 1;
                """),
    ]

    /// Whether participation `d` has a reflection: any of the four fields filled in, as
    /// `Participation.hasReflection`. Queries that use the index `deelname_reflectie` say it in these words.
    static let hasReflection =
        "(beoogde_doelen <> '' OR resultaten <> '' OR evaluatie <> '' OR vervolgactiviteiten <> '')"

    /// `l.schooltype IN ('vmbo-bb', …)`: the students the roster has of a school type lobsh knows, as
    /// `StoreTransaction.students(_:)` reads them.
    static let knownSchoolType =
        "l.schooltype IN (\(SchoolType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))"

    /// Per group of students (leerjaar, optionally with school type) how many there are and how many took part
    /// (`deelgenomen`) in at least one activity from `:van` up to and including `:tot`.
    static func participantsSQL(bySchoolType: Bool) -> String {
        let groups = bySchoolType ? "l.schooltype, l.leerjaar" : "l.leerjaar"
        return """
            SELECT \(groups), count(*) AS leerlingen,
                   coalesce(sum(EXISTS (SELECT 1 FROM deelname d WHERE d.leerling_id = l.id AND d.datum >= :van
                                        AND d.datum <= :tot AND d.status = 'deelgenomen')), 0) AS met_deelname
            FROM leerling l WHERE \(knownSchoolType) GROUP BY \(groups)
            """
    }

    /// The participations marked shareable from `?` up to and including `?`, as `participations(_:)` reads them.
    static let shareableSQL = """
        SELECT a.code, l.leerlingnummer, d.datum, d.status, d.beoogde_doelen, d.resultaten, d.evaluatie,
               d.vervolgactiviteiten, d.deelbaar
        FROM deelname d JOIN activiteit a ON a.id = d.activiteit_id JOIN leerling l ON l.id = d.leerling_id
        WHERE d.deelbaar = 1 AND d.datum >= ? AND d.datum <= ?
        ORDER BY d.datum, a.code, l.leerlingnummer
        """

    /// The query `participations(_:)` runs, with its arguments.
    static func select(_ query: ParticipationQuery) -> (sql: String, arguments: StatementArguments) {
        var filter = SQLFilter()
        filter.add("a.code = ?", query.activityCode)
        filter.add("l.leerlingnummer", in: query.studentNumbers)
        filter.add("d.datum >= ?", query.from?.description)
        filter.add("d.datum <= ?", query.until?.description)
        filter.add("d.status = ?", query.status?.rawValue)
        let sql = """
            SELECT a.code, l.leerlingnummer, d.datum, d.status, d.beoogde_doelen, d.resultaten, d.evaluatie,
                   d.vervolgactiviteiten, d.deelbaar
            FROM deelname d JOIN activiteit a ON a.id = d.activiteit_id JOIN leerling l ON l.id = d.leerling_id
            """ + filter.whereClause + " ORDER BY d.datum, a.code, l.leerlingnummer"
        return (sql, filter.arguments)
    }
}

extension StoreTransaction {
    /// Records a participation; the same activity, student and date again updates it rather than
    /// doubling it. False when the activity or the student does not exist.
    @discardableResult
    public func saveParticipation(_ participation: Participation) throws(LOBError) -> Bool {
        try perform {
            try db.execute(
                sql: """
                    INSERT INTO deelname (activiteit_id, leerling_id, datum, status, beoogde_doelen, resultaten,
                                          evaluatie, vervolgactiviteiten)
                    SELECT a.id, l.id, ?, ?, ?, ?, ?, ?
                    FROM activiteit a, leerling l WHERE a.code = ? AND l.leerlingnummer = ?
                    ON CONFLICT (activiteit_id, leerling_id, datum) DO UPDATE SET
                        status = excluded.status, beoogde_doelen = excluded.beoogde_doelen,
                        resultaten = excluded.resultaten, evaluatie = excluded.evaluatie,
                        vervolgactiviteiten = excluded.vervolgactiviteiten
                    """,
                arguments: [
                    participation.date.description, participation.status.rawValue, participation.intendedGoals,
                    participation.results, participation.evaluation, participation.followUp,
                    participation.activityCode, participation.studentNumber,
                ])
            return db.changesCount > 0
        }
    }

    /// The participations a query asks for, by date, then activity, then student.
    public func participations(_ query: ParticipationQuery = ParticipationQuery()) throws(LOBError) -> [Participation] {
        let (sql, arguments) = ParticipationSchema.select(query)
        return try perform {
            try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap(Participation.init(row:))
        }
    }

    /// Records many participations with one prepared statement (imports, the demo school): the same upsert
    /// as `saveParticipation`. Returns how many were written; a row whose activity or student does not
    /// exist is not.
    @discardableResult
    public func saveParticipations(_ participations: [Participation]) throws(LOBError) -> Int {
        try perform {
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO deelname (activiteit_id, leerling_id, datum, status, beoogde_doelen, resultaten,
                                          evaluatie, vervolgactiviteiten)
                    SELECT a.id, l.id, ?, ?, ?, ?, ?, ?
                    FROM activiteit a, leerling l WHERE a.code = ? AND l.leerlingnummer = ?
                    ON CONFLICT (activiteit_id, leerling_id, datum) DO UPDATE SET
                        status = excluded.status, beoogde_doelen = excluded.beoogde_doelen,
                        resultaten = excluded.resultaten, evaluatie = excluded.evaluatie,
                        vervolgactiviteiten = excluded.vervolgactiviteiten
                    """)
            var written = 0
            for participation in participations {
                try statement.execute(
                    arguments: [
                        participation.date.description, participation.status.rawValue, participation.intendedGoals,
                        participation.results, participation.evaluation, participation.followUp,
                        participation.activityCode, participation.studentNumber,
                    ])
                written += db.changesCount
            }
            return written
        }
    }

    /// Marks the reflection on one participation as shareable (quoted without the name in the yearly report),
    /// or not. False when there is no such participation.
    @discardableResult
    public func setReflectionShareable(
        _ shareable: Bool, activityCode: String, studentNumber: String, date: LOBDate
    ) throws(LOBError) -> Bool {
        try perform {
            try db.execute(
                sql: """
                    UPDATE deelname SET deelbaar = ?
                    WHERE datum = ?
                      AND activiteit_id = (SELECT id FROM activiteit WHERE code = ?)
                      AND leerling_id = (SELECT id FROM leerling WHERE leerlingnummer = ?)
                    """,
                arguments: [shareable, date.description, activityCode, studentNumber])
            return db.changesCount > 0
        }
    }

    /// The participations from `from` up to and including `until` whose reflection the school marked as
    /// shareable, by date, then activity, then student (through the partial index `deelname_deelbaar`).
    public func shareableReflections(from: LOBDate, until: LOBDate) throws(LOBError) -> [Participation] {
        try perform {
            try Row.fetchAll(
                db, sql: ParticipationSchema.shareableSQL, arguments: [from.description, until.description]
            ).compactMap(Participation.init(row:))
        }
    }

    /// Whether any participation with `status` is dated from `from` up to and including `until`.
    func hasParticipations(from: LOBDate, until: LOBDate, status: ParticipationStatus) throws(LOBError) -> Bool {
        try perform {
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM deelname WHERE datum >= ? AND datum <= ? AND status = ?)",
                arguments: [from.description, until.description, status.rawValue]) ?? false
        }
    }

    /// Per leerjaar (with `bySchoolType`, per school type and leerjaar), in that order: how many students the
    /// roster has and how many of them took part (`deelgenomen`) in at least one activity from `from` up to
    /// and including `until`; only groups that have students.
    func participants(from: LOBDate, until: LOBDate, bySchoolType: Bool) throws(LOBError) -> [ParticipantCount] {
        let counts = try perform {
            try Row.fetchAll(
                db, sql: ParticipationSchema.participantsSQL(bySchoolType: bySchoolType),
                arguments: ["van": from.description, "tot": until.description]
            ).map { row -> ParticipantCount in
                ParticipantCount(
                    schoolType: bySchoolType ? SchoolType(rawValue: row["schooltype"]) : nil, year: row["leerjaar"],
                    students: row["leerlingen"], participants: row["met_deelname"])
            }
        }
        // In the school types' own order (vmbo first), as the roster's groups are shown everywhere.
        func order(_ count: ParticipantCount) -> (Int, Int) {
            (count.schoolType.flatMap { SchoolType.allCases.firstIndex(of: $0) } ?? -1, count.year)
        }
        return counts.sorted { order($0) < order($1) }
    }
}

/// One group's line of `participants(from:until:bySchoolType:)`.
struct ParticipantCount: Sendable, Equatable {
    /// Nil when counted per leerjaar only.
    var schoolType: SchoolType?
    var year: Int
    var students: Int
    var participants: Int
}

extension Participation {
    /// A participation as `ParticipationSchema`'s selects read it; nil for a date or status lobsh cannot read.
    fileprivate init?(row: Row) {
        guard let date = LOBDate(parsing: row["datum"]), let status = ParticipationStatus(rawValue: row["status"])
        else { return nil }
        self.init(
            activityCode: row["code"], studentNumber: row["leerlingnummer"], date: date, status: status,
            intendedGoals: row["beoogde_doelen"], results: row["resultaten"], evaluation: row["evaluatie"],
            followUp: row["vervolgactiviteiten"], shareable: row["deelbaar"])
    }
}
