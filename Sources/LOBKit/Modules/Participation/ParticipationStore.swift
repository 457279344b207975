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
    ]

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
            try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row -> Participation? in
                guard let date = LOBDate(parsing: row["datum"]),
                    let status = ParticipationStatus(rawValue: row["status"])
                else { return nil }
                return Participation(
                    activityCode: row["code"], studentNumber: row["leerlingnummer"], date: date, status: status,
                    intendedGoals: row["beoogde_doelen"], results: row["resultaten"], evaluation: row["evaluatie"],
                    followUp: row["vervolgactiviteiten"], shareable: row["deelbaar"])
            }
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
    /// shareable, by date.
    public func shareableReflections(from: LOBDate, until: LOBDate) throws(LOBError) -> [Participation] {
        let numbers = try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT l.leerlingnummer FROM deelname d JOIN leerling l ON l.id = d.leerling_id
                    WHERE d.deelbaar = 1 AND d.datum >= ? AND d.datum <= ?
                    """,
                arguments: [from.description, until.description]
            ).map { row -> String in row["leerlingnummer"] }
        }
        guard !numbers.isEmpty else { return [] }
        return try participations(ParticipationQuery(studentNumbers: numbers, from: from, until: until))
            .filter(\.shareable)
    }
}
