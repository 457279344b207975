import GRDB

/// The evaluation module's tables and queries; all of its SQL is here.
enum EvaluationSchema {
    static let migrations = [
        Migration(
            "v1-evaluatie",
            sql: """
                CREATE TABLE evaluatie (
                    id INTEGER PRIMARY KEY,
                    datum TEXT NOT NULL,
                    schooljaar TEXT NOT NULL,
                    besluiten TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX evaluatie_schooljaar ON evaluatie(schooljaar, datum);
                CREATE TABLE evaluatie_met (
                    evaluatie_id INTEGER NOT NULL REFERENCES evaluatie(id) ON DELETE CASCADE,
                    partij TEXT NOT NULL
                        CHECK (partij IN ('mr', 'leerlingenraad', 'bestuur', 'ouderraad', 'team')),
                    PRIMARY KEY (evaluatie_id, partij)
                );
                CREATE TABLE evaluatie_gegevens (
                    evaluatie_id INTEGER NOT NULL REFERENCES evaluatie(id) ON DELETE CASCADE,
                    gegevens TEXT NOT NULL
                        CHECK (gegevens IN ('doorstroom', 'succes', 'tevredenheid', 'deelname', 'gesprekken', 'scan',
                                            'kwalitatief')),
                    PRIMARY KEY (evaluatie_id, gegevens)
                );
                """)
    ]
}

extension StoreTransaction {
    /// Records an evaluation with its parties and data; returns it with its id.
    @discardableResult
    public func addEvaluation(_ evaluation: Evaluation) throws(LOBError) -> Evaluation {
        var added = evaluation
        added.id = try perform {
            try db.execute(
                sql: "INSERT INTO evaluatie (datum, schooljaar, besluiten) VALUES (?, ?, ?)",
                arguments: [
                    evaluation.date.description, evaluation.schoolYear.description, evaluation.decisions,
                ])
            let id = db.lastInsertedRowID
            for party in evaluation.parties {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO evaluatie_met (evaluatie_id, partij) VALUES (?, ?)",
                    arguments: [id, party.rawValue])
            }
            for data in evaluation.data {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO evaluatie_gegevens (evaluatie_id, gegevens) VALUES (?, ?)",
                    arguments: [id, data.rawValue])
            }
            return id
        }
        return added
    }

    /// The evaluations of one school year, or of all, by date.
    public func evaluations(schoolYear: SchoolYear? = nil) throws(LOBError) -> [Evaluation] {
        let filter = schoolYear == nil ? "" : " WHERE schooljaar = ?"
        let arguments: StatementArguments = schoolYear.map { [$0.description] } ?? []
        return try perform {
            var parties: [Int64: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT evaluatie_id, partij FROM evaluatie_met") {
                parties[row["evaluatie_id"], default: []].insert(row["partij"])
            }
            var data: [Int64: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT evaluatie_id, gegevens FROM evaluatie_gegevens") {
                data[row["evaluatie_id"], default: []].insert(row["gegevens"])
            }
            return try Row.fetchAll(
                db, sql: "SELECT id, datum, schooljaar, besluiten FROM evaluatie" + filter + " ORDER BY datum, id",
                arguments: arguments
            ).compactMap { row -> Evaluation? in
                guard let date = LOBDate(parsing: row["datum"]), let year = SchoolYear(parsing: row["schooljaar"])
                else { return nil }
                let id: Int64 = row["id"]
                // Parties and data in their declared order, however they were given.
                let own = (parties[id] ?? [], data[id] ?? [])
                return Evaluation(
                    id: id, date: date, schoolYear: year,
                    parties: EvaluationParty.allCases.filter { own.0.contains($0.rawValue) },
                    data: EvaluationData.allCases.filter { own.1.contains($0.rawValue) }, decisions: row["besluiten"])
            }
        }
    }
}
