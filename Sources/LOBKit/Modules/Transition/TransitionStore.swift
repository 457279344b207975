import GRDB

/// The doorstroom module's tables and queries; all of its SQL is here.
///
/// `doorstroom_leerling` holds the school's own record per alumnus (the student number is text, not a
/// reference: alumni have left the roster); `doorstroom_duo` holds DUO's aggregates, each count as a range
/// so that a published `<5` is 1…4, never 0 or 5.
enum TransitionSchema {
    static let migrations = [
        Migration(
            "v1-doorstroom",
            sql: """
                CREATE TABLE doorstroom_leerling (
                    id INTEGER PRIMARY KEY,
                    leerlingnummer TEXT NOT NULL CHECK (leerlingnummer <> ''),
                    cohort INTEGER NOT NULL CHECK (cohort BETWEEN 1950 AND 2200),
                    schooltype TEXT NOT NULL,
                    profiel TEXT NOT NULL DEFAULT '',
                    bestemming TEXT NOT NULL
                        CHECK (bestemming IN ('mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'hbo', 'wo', 'havo', 'vwo', 'werk',
                                              'anders', 'onbekend')),
                    instelling TEXT NOT NULL DEFAULT '',
                    opleiding TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL DEFAULT 'onbekend'
                        CHECK (status IN ('doorgegaan', 'geswitcht', 'uitgevallen', 'onbekend')),
                    UNIQUE (leerlingnummer, cohort)
                );
                CREATE INDEX doorstroom_leerling_cohort ON doorstroom_leerling(cohort);
                CREATE TABLE doorstroom_duo (
                    cohort INTEGER NOT NULL CHECK (cohort BETWEEN 1950 AND 2200),
                    schooltype TEXT NOT NULL,
                    bestemming TEXT NOT NULL,
                    aantal_laag INTEGER NOT NULL CHECK (aantal_laag >= 0),
                    aantal_hoog INTEGER NOT NULL CHECK (aantal_hoog >= aantal_laag),
                    PRIMARY KEY (cohort, schooltype, bestemming)
                );
                """)
    ]
}

extension TransitionSchema {
    /// The query `alumni(cohort:)` runs: one cohort (one `?`) through the cohort index, or all.
    static func alumniSQL(oneCohort: Bool) -> String {
        """
        SELECT leerlingnummer, cohort, schooltype, profiel, bestemming, instelling, opleiding, status
        FROM doorstroom_leerling
        """ + (oneCohort ? " WHERE cohort = ?" : "") + " ORDER BY cohort, leerlingnummer"
    }
}

extension StoreTransaction {
    /// Adds or updates (by student number and cohort) the school's own alumni records; returns how many were new.
    func saveAlumni(_ alumni: [AlumnusDestination]) throws(LOBError) -> Int {
        try perform {
            var added = 0
            // Prepared once: an import writes hundreds of thousands of rows with the same two statements.
            let exists = try db.cachedStatement(
                sql: "SELECT EXISTS (SELECT 1 FROM doorstroom_leerling WHERE leerlingnummer = ? AND cohort = ?)")
            let upsert = try db.cachedStatement(
                sql: """
                        INSERT INTO doorstroom_leerling
                            (leerlingnummer, cohort, schooltype, profiel, bestemming, instelling, opleiding, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (leerlingnummer, cohort) DO UPDATE SET
                            schooltype = excluded.schooltype, profiel = excluded.profiel,
                            bestemming = excluded.bestemming, instelling = excluded.instelling,
                            opleiding = excluded.opleiding, status = excluded.status
                    """)
            for alumnus in alumni {
                if try Bool.fetchOne(exists, arguments: [alumnus.studentNumber, alumnus.cohort]) != true { added += 1 }
                try upsert.execute(
                    arguments: [
                        alumnus.studentNumber, alumnus.cohort, alumnus.schoolType.rawValue, alumnus.profile,
                        alumnus.destination.rawValue, alumnus.institution, alumnus.programme, alumnus.status.rawValue,
                    ])
            }
            return added
        }
    }

    /// The school's own alumni records of one cohort, or of all, by cohort and student number.
    public func alumni(cohort: Int? = nil) throws(LOBError) -> [AlumnusDestination] {
        let arguments: StatementArguments = cohort.map { [$0] } ?? []
        return try perform {
            try Row.fetchAll(
                db, sql: TransitionSchema.alumniSQL(oneCohort: cohort != nil), arguments: arguments
            ).compactMap { row -> AlumnusDestination? in
                guard let type = SchoolType(rawValue: row["schooltype"]),
                    let destination = Destination(rawValue: row["bestemming"]),
                    let status = FollowUpStatus(rawValue: row["status"])
                else { return nil }
                return AlumnusDestination(
                    studentNumber: row["leerlingnummer"], cohort: row["cohort"], schoolType: type,
                    profile: row["profiel"], destination: destination, institution: row["instelling"],
                    programme: row["opleiding"], status: status)
            }
        }
    }

    /// The alumni records of one student, by cohort.
    func alumni(studentNumber: String) throws(LOBError) -> [AlumnusDestination] {
        try alumni().filter { $0.studentNumber == studentNumber }
    }

    /// The numbers of the alumni of cohorts up to `cohort` whose records still name them, with their cohort
    /// (the latest, when a number has more than one), by number.
    func namedAlumni(upToCohort cohort: Int) throws(LOBError) -> [(number: String, cohort: Int)] {
        try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT leerlingnummer, max(cohort) AS cohort FROM doorstroom_leerling
                    WHERE cohort <= ? AND leerlingnummer NOT LIKE ?
                    GROUP BY leerlingnummer ORDER BY leerlingnummer
                    """, arguments: [cohort, AlumnusDestination.anonymousPrefix + "%"]
            ).map { (number: $0["leerlingnummer"], cohort: $0["cohort"]) }
        }
    }

    /// How many alumni records name the student.
    func alumniRecordCount(studentNumber: String) throws(LOBError) -> Int {
        try perform {
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM doorstroom_leerling WHERE leerlingnummer = ?",
                arguments: [studentNumber]) ?? 0
        }
    }

    /// Replaces the student number in the student's alumni records by `anoniem-ID`: the destination stays in
    /// the doorstroom figures, nothing links it to the student any more. Returns the records changed.
    func anonymizeAlumni(studentNumber: String) throws(LOBError) -> Int {
        try perform {
            try db.execute(
                sql: "UPDATE doorstroom_leerling SET leerlingnummer = ? || id WHERE leerlingnummer = ?",
                arguments: [AlumnusDestination.anonymousPrefix, studentNumber])
            return db.changesCount
        }
    }

    /// The cohorts with records of the school's own, oldest first.
    public func alumniCohorts() throws(LOBError) -> [Int] {
        try perform {
            try Int.fetchAll(db, sql: "SELECT DISTINCT cohort FROM doorstroom_leerling ORDER BY cohort")
        }
    }

    /// The cohorts in which at least one alumnus's status after one year is known, oldest first.
    public func alumniCohortsWithKnownStatus() throws(LOBError) -> [Int] {
        try perform {
            try Int.fetchAll(
                db, sql: "SELECT DISTINCT cohort FROM doorstroom_leerling WHERE status <> 'onbekend' ORDER BY cohort")
        }
    }

    /// Replaces DUO's counts of every cohort in `counts` by `counts` (a newer file corrects an older one).
    func replaceDUOCounts(_ counts: [DUOCount]) throws(LOBError) {
        try perform {
            for cohort in Set(counts.map(\.cohort)) {
                try db.execute(sql: "DELETE FROM doorstroom_duo WHERE cohort = ?", arguments: [cohort])
            }
            for count in counts {
                try db.execute(
                    sql: """
                        INSERT INTO doorstroom_duo (cohort, schooltype, bestemming, aantal_laag, aantal_hoog)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (cohort, schooltype, bestemming) DO UPDATE SET
                            aantal_laag = aantal_laag + excluded.aantal_laag,
                            aantal_hoog = aantal_hoog + excluded.aantal_hoog
                        """,
                    arguments: [
                        count.cohort, count.schoolType.rawValue, count.destination.rawValue, count.count.low,
                        count.count.high,
                    ])
            }
        }
    }

    /// DUO's counts for the school, of one cohort or of all.
    public func duoCounts(cohort: Int? = nil) throws(LOBError) -> [DUOCount] {
        let filter = cohort == nil ? "" : " WHERE cohort = ?"
        let arguments: StatementArguments = cohort.map { [$0] } ?? []
        return try perform {
            try Row.fetchAll(
                db,
                sql: "SELECT cohort, schooltype, bestemming, aantal_laag, aantal_hoog FROM doorstroom_duo" + filter
                    + " ORDER BY cohort, schooltype, bestemming",
                arguments: arguments
            ).compactMap { row -> DUOCount? in
                guard let type = SchoolType(rawValue: row["schooltype"]),
                    let destination = Destination(rawValue: row["bestemming"])
                else { return nil }
                return DUOCount(
                    cohort: row["cohort"], schoolType: type, destination: destination,
                    count: CountRange(low: row["aantal_laag"], high: row["aantal_hoog"]))
            }
        }
    }

    /// The cohorts DUO's counts cover, oldest first.
    public func duoCohorts() throws(LOBError) -> [Int] {
        try perform {
            try Int.fetchAll(db, sql: "SELECT DISTINCT cohort FROM doorstroom_duo ORDER BY cohort")
        }
    }
}
