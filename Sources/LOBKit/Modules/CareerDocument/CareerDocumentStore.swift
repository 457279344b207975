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
