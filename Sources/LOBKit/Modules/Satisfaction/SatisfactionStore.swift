import GRDB

/// The satisfaction module's tables and queries; all of its SQL is here.
///
/// An import (a school year and a source) is one `tevredenheid_bron`; its results per item and group are
/// `tevredenheid_resultaat` rows with the number of respondents, the mean and (when known) the counts of the
/// answers 1–5. Per-respondent files are counted into those rows at import: no respondent id, name or student
/// number is stored. Comments are kept apart in `tevredenheid_opmerking`, with the school's `deelbaar` mark.
/// A school type of `''` and a leerjaar of 0 mean "all together".
enum SatisfactionSchema {
    static let migrations = [
        Migration(
            "v1-tevredenheid",
            sql: """
                CREATE TABLE tevredenheid_bron (
                    id INTEGER PRIMARY KEY,
                    schooljaar TEXT NOT NULL,
                    bron TEXT NOT NULL CHECK (bron <> ''),
                    vorm TEXT NOT NULL CHECK (vorm IN ('respondent', 'totaal')),
                    UNIQUE (schooljaar, bron)
                );
                CREATE TABLE tevredenheid_resultaat (
                    bron_id INTEGER NOT NULL REFERENCES tevredenheid_bron(id) ON DELETE CASCADE,
                    item TEXT NOT NULL,
                    schooltype TEXT NOT NULL DEFAULT '',
                    leerjaar INTEGER NOT NULL DEFAULT 0 CHECK (leerjaar BETWEEN 0 AND 6),
                    n INTEGER NOT NULL CHECK (n > 0),
                    gemiddelde REAL NOT NULL CHECK (gemiddelde BETWEEN 1 AND 5),
                    n1 INTEGER CHECK (n1 >= 0),
                    n2 INTEGER CHECK (n2 >= 0),
                    n3 INTEGER CHECK (n3 >= 0),
                    n4 INTEGER CHECK (n4 >= 0),
                    n5 INTEGER CHECK (n5 >= 0),
                    CHECK (n1 IS NULL OR n = n1 + n2 + n3 + n4 + n5),
                    PRIMARY KEY (bron_id, item, schooltype, leerjaar)
                );
                CREATE TABLE tevredenheid_opmerking (
                    id INTEGER PRIMARY KEY,
                    bron_id INTEGER NOT NULL REFERENCES tevredenheid_bron(id) ON DELETE CASCADE,
                    item TEXT NOT NULL DEFAULT '',
                    tekst TEXT NOT NULL CHECK (tekst <> ''),
                    deelbaar INTEGER NOT NULL DEFAULT 0 CHECK (deelbaar IN (0, 1))
                );
                CREATE TABLE tevredenheid_instelling (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    minimum INTEGER NOT NULL CHECK (minimum >= 5)
                );
                """)
    ]
}

/// How a source's results were delivered: one row per respondent, or totals per group.
enum SatisfactionShape: String, Sendable {
    case respondents = "respondent"
    case totals = "totaal"
}

extension StoreTransaction {
    /// The smallest number of respondents a satisfaction group needs to be reported: the school's own
    /// (`tevredenheid minimum N`), else 10.
    public func satisfactionMinimum() throws(LOBError) -> Int {
        try storedSatisfactionMinimum() ?? SatisfactionMinimum.standard
    }

    /// The minimum the school set, nil when it kept the standard.
    func storedSatisfactionMinimum() throws(LOBError) -> Int? {
        try perform { try Int.fetchOne(db, sql: "SELECT minimum FROM tevredenheid_instelling WHERE id = 1") }
    }

    /// Stores the school's own minimum group size.
    func setSatisfactionMinimum(_ minimum: Int) throws(LOBError) {
        try perform {
            try db.execute(
                sql: """
                    INSERT INTO tevredenheid_instelling (id, minimum) VALUES (1, ?)
                    ON CONFLICT (id) DO UPDATE SET minimum = excluded.minimum
                    """,
                arguments: [minimum])
        }
    }

    /// Stores one import's results and comments, replacing an earlier import of the same school year and
    /// source (with its comments); returns whether there was one.
    func replaceSatisfactionSource(
        schoolYear: SchoolYear, source: String, shape: SatisfactionShape, results: [SatisfactionResult],
        comments: [SatisfactionComment]
    ) throws(LOBError) -> Bool {
        try perform {
            try db.execute(
                sql: "DELETE FROM tevredenheid_bron WHERE schooljaar = ? AND bron = ?",
                arguments: [schoolYear.description, source])
            let replaced = db.changesCount > 0
            try db.execute(
                sql: "INSERT INTO tevredenheid_bron (schooljaar, bron, vorm) VALUES (?, ?, ?)",
                arguments: [schoolYear.description, source, shape.rawValue])
            let sourceID = db.lastInsertedRowID
            for result in results {
                let distribution = result.distribution.flatMap { $0.count == 5 ? $0 : nil }
                var values: [(any DatabaseValueConvertible)?] = [
                    sourceID, result.itemID, result.group.schoolType?.rawValue ?? "", result.group.year ?? 0,
                    result.respondents, result.mean,
                ]
                values += (distribution ?? []).map { $0 }
                values += Array(repeating: nil, count: 11 - values.count)
                try db.execute(
                    sql: """
                        INSERT INTO tevredenheid_resultaat
                            (bron_id, item, schooltype, leerjaar, n, gemiddelde, n1, n2, n3, n4, n5)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: StatementArguments(values))
            }
            for comment in comments {
                try db.execute(
                    sql: "INSERT INTO tevredenheid_opmerking (bron_id, item, tekst, deelbaar) VALUES (?, ?, ?, ?)",
                    arguments: [sourceID, comment.itemID, comment.text, comment.isShareable])
            }
            return replaced
        }
    }

    /// The results of one school year, or of all, in school year, source, item and group order.
    public func satisfactionResults(schoolYear: SchoolYear? = nil) throws(LOBError) -> [SatisfactionResult] {
        let filter = schoolYear == nil ? "" : " WHERE b.schooljaar = ?"
        let arguments: StatementArguments = schoolYear.map { [$0.description] } ?? []
        let results = try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT b.schooljaar, b.bron, r.item, r.schooltype, r.leerjaar, r.n, r.gemiddelde,
                           r.n1, r.n2, r.n3, r.n4, r.n5
                    FROM tevredenheid_resultaat r JOIN tevredenheid_bron b ON b.id = r.bron_id
                    """ + filter + " ORDER BY b.schooljaar, b.bron, r.item, r.schooltype, r.leerjaar",
                arguments: arguments
            ).compactMap { row -> SatisfactionResult? in
                guard let year = SchoolYear(parsing: row["schooljaar"]) else { return nil }
                let type: String = row["schooltype"]
                let leerjaar: Int = row["leerjaar"]
                let counts: [Int?] = [row["n1"], row["n2"], row["n3"], row["n4"], row["n5"]]
                let distribution = counts.allSatisfy { $0 != nil } ? counts.compactMap { $0 } : nil
                return SatisfactionResult(
                    schoolYear: year, source: row["bron"], itemID: row["item"],
                    group: SatisfactionGroup(
                        schoolType: SchoolType(rawValue: type), year: leerjaar == 0 ? nil : leerjaar),
                    respondents: row["n"], mean: row["gemiddelde"], distribution: distribution)
            }
        }
        return results.sorted { left, right in
            (left.schoolYear, left.source, left.itemID) == (right.schoolYear, right.source, right.itemID)
                ? left.group < right.group
                : (left.schoolYear.startYear, left.source, left.itemID)
                    < (right.schoolYear.startYear, right.source, right.itemID)
        }
    }

    /// The comments of one school year (or all), only the shareable ones when asked, by number.
    public func satisfactionComments(schoolYear: SchoolYear? = nil, shareableOnly: Bool = false) throws(LOBError)
        -> [SatisfactionComment]
    {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let schoolYear {
            conditions.append("b.schooljaar = ?")
            arguments += [schoolYear.description]
        }
        if shareableOnly { conditions.append("o.deelbaar = 1") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.id, b.schooljaar, b.bron, o.item, o.tekst, o.deelbaar
                    FROM tevredenheid_opmerking o JOIN tevredenheid_bron b ON b.id = o.bron_id
                    """ + filter + " ORDER BY o.id",
                arguments: arguments
            ).compactMap { row -> SatisfactionComment? in
                guard let year = SchoolYear(parsing: row["schooljaar"]) else { return nil }
                return SatisfactionComment(
                    id: row["id"], schoolYear: year, source: row["bron"], itemID: row["item"], text: row["tekst"],
                    isShareable: row["deelbaar"])
            }
        }
    }

    /// Marks a comment as shareable or not; false when there is no comment with this number.
    func setSatisfactionCommentShareable(id: Int64, _ shareable: Bool) throws(LOBError) -> Bool {
        try perform {
            try db.execute(
                sql: "UPDATE tevredenheid_opmerking SET deelbaar = ? WHERE id = ?", arguments: [shareable, id])
            return db.changesCount > 0
        }
    }
}
