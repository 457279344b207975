import GRDB

/// The career document's own table and its queries; all of its SQL is here.
enum CareerDocumentSchema {
    static let migrations = [
        Migration(
            "v1-dossier-items",
            sql: """
                CREATE TABLE dossier_item (
                    id INTEGER PRIMARY KEY,
                    leerling_id INTEGER NOT NULL REFERENCES leerling(id) ON DELETE CASCADE,
                    soort TEXT NOT NULL
                        CHECK (soort IN ('extra-vak', 'rol', 'certificaat', 'vrijwilligerswerk', 'stage', 'anders')),
                    omschrijving TEXT NOT NULL CHECK (omschrijving <> ''),
                    datum TEXT NOT NULL,
                    bewijs TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX dossier_item_leerling ON dossier_item(leerling_id, datum);
                """)
    ]
}

extension StoreTransaction {
    /// Adds an item to a student's career document; returns its id, or nil when the student does not exist.
    public func addCareerItem(_ item: CareerItem) throws(LOBError) -> Int64? {
        try perform {
            try db.execute(
                sql: """
                    INSERT INTO dossier_item (leerling_id, soort, omschrijving, datum, bewijs)
                    SELECT id, ?, ?, ?, ? FROM leerling WHERE leerlingnummer = ?
                    """,
                arguments: [
                    item.kind.rawValue, item.description, item.date.description, item.evidence, item.studentNumber,
                ])
            return db.changesCount > 0 ? db.lastInsertedRowID : nil
        }
    }

    /// The items of the students given (every student's when nil), by date, then id.
    public func careerItems(studentNumbers: [String]? = nil) throws(LOBError) -> [CareerItem] {
        guard let numbers = studentNumbers else { return try fetchCareerItems("", []) }
        return try fetchCareerItems(
            " WHERE l.leerlingnummer IN (\(numbers.map { _ in "?" }.joined(separator: ",")))", numbers)
    }

    /// One item by id.
    public func careerItem(id: Int64) throws(LOBError) -> CareerItem? {
        try fetchCareerItems(" WHERE i.id = ?", [id]).first
    }

    private func fetchCareerItems(_ whereClause: String, _ values: [any DatabaseValueConvertible]) throws(LOBError)
        -> [CareerItem]
    {
        let sql =
            """
            SELECT i.id, l.leerlingnummer, i.soort, i.omschrijving, i.datum, i.bewijs
            FROM dossier_item i JOIN leerling l ON l.id = i.leerling_id
            """ + whereClause + " ORDER BY i.datum, i.id"
        return try perform {
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(values)).compactMap { row -> CareerItem? in
                guard let kind = CareerItemKind(rawValue: row["soort"]), let date = LOBDate(parsing: row["datum"])
                else { return nil }
                return CareerItem(
                    id: row["id"], studentNumber: row["leerlingnummer"], kind: kind, description: row["omschrijving"],
                    date: date, evidence: row["bewijs"])
            }
        }
    }

    /// Removes an item; false when there was none with that id.
    public func deleteCareerItem(id: Int64) throws(LOBError) -> Bool {
        try perform {
            try db.execute(sql: "DELETE FROM dossier_item WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }
}

extension CareerDocumentSchema {
    /// Whether student `l`'s document holds a reflection (a participation with any of the four fields filled in,
    /// through the partial index `deelname_reflectie`) or an item dated up to `:tot`.
    static let hasDocumentSQL = """
        EXISTS (SELECT 1 FROM deelname d WHERE d.leerling_id = l.id AND d.datum <= :tot AND \(ParticipationSchema.hasReflection))
        OR EXISTS (SELECT 1 FROM dossier_item i WHERE i.leerling_id = l.id AND i.datum <= :tot)
        """

    /// Whether any participation or item is dated up to `:tot`.
    static let anythingSQL = """
        SELECT EXISTS (SELECT 1 FROM deelname WHERE datum <= :tot) OR EXISTS (SELECT 1 FROM dossier_item WHERE datum <= :tot)
        """

    /// The students on the roster (of a known school type) and how many of them have a document, as
    /// `hasDocumentSQL`.
    static let tallySQL = """
        SELECT count(*) AS leerlingen, coalesce(sum(\(hasDocumentSQL)), 0) AS met_dossier
        FROM leerling l WHERE l.schooltype IN (\(SchoolType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")))
        """
}

extension StoreTransaction {
    /// For the career document's indicator: how many students the roster has and how many of them have a
    /// reflection or an item dated up to `until` (every one without it); nil when no participation or item is
    /// dated up to then at all.
    func careerDocumentTally(until: LOBDate?) throws(LOBError) -> (students: Int, withDocument: Int)? {
        // No end: every date counts (ISO dates sort before this).
        let arguments: StatementArguments = ["tot": until?.description ?? "9999-99-99"]
        return try perform {
            guard try Bool.fetchOne(db, sql: CareerDocumentSchema.anythingSQL, arguments: arguments) == true else {
                return nil
            }
            let row = try Row.fetchOne(db, sql: CareerDocumentSchema.tallySQL, arguments: arguments)
            return (row?["leerlingen"] ?? 0, row?["met_dossier"] ?? 0)
        }
    }
}
