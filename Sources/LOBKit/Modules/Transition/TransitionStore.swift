import GRDB
import GRDBSQLite

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

/// What the school's own alumni records are counted by, besides the cohort.
enum AlumniColumn: String, CaseIterable {
    case schoolType = "schooltype"
    case profile = "profiel"
    case destination = "bestemming"
    case institution = "instelling"
    case status
}

extension TransitionSchema {
    /// The query `alumniCounts(cohort:by:)` runs: one cohort (one `?`) through the cohort index, counted per
    /// combination of `columns`.
    ///
    /// Every record has a school type lobsh knows (imports and registrations check it, and only lobsh writes this
    /// table), so none is left out here as `alumni` would leave it out: a filter on it would cost a comparison per
    /// record.
    static func alumniCountSQL(by columns: [AlumniColumn]) -> String {
        let names = columns.map(\.rawValue).joined(separator: ", ")
        return "SELECT " + (names.isEmpty ? "" : names + ", ") + "count(*) FROM doorstroom_leerling WHERE cohort = ?"
            + (names.isEmpty ? "" : " GROUP BY " + names)
    }

    /// The query `alumniCohorts()` runs: from one cohort to the next through the cohort index, instead of reading
    /// every entry of it.
    static let alumniCohortsSQL = """
        WITH RECURSIVE cohorten(cohort) AS (
            SELECT min(cohort) FROM doorstroom_leerling
            UNION ALL
            SELECT (SELECT min(cohort) FROM doorstroom_leerling WHERE cohort > cohorten.cohort)
            FROM cohorten WHERE cohorten.cohort IS NOT NULL)
        SELECT cohort FROM cohorten WHERE cohort IS NOT NULL
        """

    /// The query `alumni(cohort:)` runs: one cohort (one `?`) through the cohort index, or all.
    static func alumniSQL(oneCohort: Bool) -> String {
        """
        SELECT leerlingnummer, cohort, schooltype, profiel, bestemming, instelling, opleiding, status
        FROM doorstroom_leerling
        """ + (oneCohort ? " WHERE cohort = ?" : "") + " ORDER BY cohort, leerlingnummer"
    }
}

/// Writes the school's own alumni records one at a time with statements prepared once, binding through SQLite's
/// C API: an import of a national file writes a million rows, and GRDB's arguments cost more than the writing.
struct AlumniWriter {
    private let db: Database
    private let insert: GRDB.Statement
    private let update: GRDB.Statement
    private let find: GRDB.Statement
    /// Records added from here on get ids above this one.
    let lastIDBefore: Int64

    private static let insertSQL = """
        INSERT INTO doorstroom_leerling
            (leerlingnummer, cohort, schooltype, profiel, bestemming, instelling, opleiding, status)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        ON CONFLICT (leerlingnummer, cohort) DO NOTHING
        """
    private static let updateSQL = """
        UPDATE doorstroom_leerling SET schooltype = ?3, profiel = ?4, bestemming = ?5, instelling = ?6,
            opleiding = ?7, status = ?8
        WHERE leerlingnummer = ?1 AND cohort = ?2
        """
    private static let findSQL = "SELECT id FROM doorstroom_leerling WHERE leerlingnummer = ?1 AND cohort = ?2"

    fileprivate init(db: Database) throws {
        self.db = db
        insert = try db.makeStatement(sql: Self.insertSQL)
        update = try db.makeStatement(sql: Self.updateSQL)
        find = try db.makeStatement(sql: Self.findSQL)
        lastIDBefore = try Int64.fetchOne(db, sql: "SELECT max(id) FROM doorstroom_leerling") ?? 0
    }

    /// Adds the record; its id, or nil when the student number and cohort have one already (nothing written).
    func add(_ alumnus: AlumnusDestination) throws(LOBError) -> Int64? {
        try run(insert, Self.insertSQL, alumnus, columns: 8)
        guard sqlite3_changes(db.sqliteConnection) > 0 else { return nil }
        return db.lastInsertedRowID
    }

    /// Overwrites the record of the alumnus's student number and cohort with the rest of what it says.
    func update(_ alumnus: AlumnusDestination) throws(LOBError) {
        try run(update, Self.updateSQL, alumnus, columns: 8)
    }

    /// The id of the record of the alumnus's student number and cohort, nil when there is none.
    func id(of alumnus: AlumnusDestination) throws(LOBError) -> Int64? {
        let statement = find.sqliteStatement
        defer { sqlite3_reset(statement) }
        try bind(statement, alumnus, columns: 2)
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return sqlite3_column_int64(statement, 0)
        case SQLITE_DONE: return nil
        case let code: throw error(code, Self.findSQL)
        }
    }

    private func run(_ statement: GRDB.Statement, _ sql: String, _ alumnus: AlumnusDestination, columns: Int32)
        throws(LOBError)
    {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        try bind(handle, alumnus, columns: columns)
        let code = sqlite3_step(handle)
        if code != SQLITE_DONE { throw error(code, sql) }
    }

    /// Binds the first `columns` of (number, cohort, type, profile, destination, institution, programme, status).
    private func bind(_ statement: SQLiteStatement, _ alumnus: AlumnusDestination, columns: Int32) throws(LOBError) {
        var code = Self.bind(alumnus.studentNumber, to: statement, at: 1)
        if code == SQLITE_OK { code = sqlite3_bind_int64(statement, 2, Int64(alumnus.cohort)) }
        if columns > 2 {
            // One by one rather than from an array: no allocation per row.
            if code == SQLITE_OK { code = Self.bind(alumnus.schoolType.rawValue, to: statement, at: 3) }
            if code == SQLITE_OK { code = Self.bind(alumnus.profile, to: statement, at: 4) }
            if code == SQLITE_OK { code = Self.bind(alumnus.destination.rawValue, to: statement, at: 5) }
            if code == SQLITE_OK { code = Self.bind(alumnus.institution, to: statement, at: 6) }
            if code == SQLITE_OK { code = Self.bind(alumnus.programme, to: statement, at: 7) }
            if code == SQLITE_OK { code = Self.bind(alumnus.status.rawValue, to: statement, at: 8) }
        }
        if code != SQLITE_OK { throw error(code, nil) }
    }

    private static func bind(_ text: String, to statement: SQLiteStatement, at index: Int32) -> Int32 {
        // SQLite copies the text (SQLITE_TRANSIENT): the pointer lives only in this closure.
        text.withCString { pointer in
            sqlite3_bind_text(
                statement, index, pointer, Int32(text.utf8.count),
                unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self))
        }
    }

    private func error(_ code: Int32, _ sql: String?) -> LOBError {
        let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
        return Store.storeError(DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql))
    }
}

extension StoreTransaction {
    /// A writer of alumni records inside this transaction, its statements prepared once.
    func alumniWriter() throws(LOBError) -> AlumniWriter {
        try perform { try AlumniWriter(db: db) }
    }

    /// Adds or updates (by student number and cohort) the school's own alumni records; returns how many were new.
    func saveAlumni(_ alumni: [AlumnusDestination]) throws(LOBError) -> Int {
        let writer = try alumniWriter()
        var added = 0
        for alumnus in alumni {
            if try writer.add(alumnus) != nil {
                added += 1
            } else {
                try writer.update(alumnus)
            }
        }
        return added
    }

    /// The school's own alumni records of one cohort, or of all, by cohort and student number.
    public func alumni(cohort: Int? = nil) throws(LOBError) -> [AlumnusDestination] {
        let arguments: StatementArguments = cohort.map { [$0] } ?? []
        return try perform {
            try Row.fetchAll(
                db, sql: TransitionSchema.alumniSQL(oneCohort: cohort != nil), arguments: arguments
            ).compactMap(Self.alumnus)
        }
    }

    /// The record of one student number in one cohort, nil when there is none.
    func alumnus(studentNumber: String, cohort: Int) throws(LOBError) -> AlumnusDestination? {
        try perform {
            try Row.fetchOne(
                db,
                sql: """
                    SELECT leerlingnummer, cohort, schooltype, profiel, bestemming, instelling, opleiding, status
                    FROM doorstroom_leerling WHERE leerlingnummer = ? AND cohort = ?
                    """, arguments: [studentNumber, cohort]
            ).flatMap(Self.alumnus)
        }
    }

    private static func alumnus(_ row: Row) -> AlumnusDestination? {
        guard let type = SchoolType(rawValue: row["schooltype"]),
            let destination = Destination(rawValue: row["bestemming"]),
            let status = FollowUpStatus(rawValue: row["status"])
        else { return nil }
        return AlumnusDestination(
            studentNumber: row["leerlingnummer"], cohort: row["cohort"], schoolType: type,
            profile: row["profiel"], destination: destination, institution: row["instelling"],
            programme: row["opleiding"], status: status)
    }

    /// The alumni records of one student, by cohort.
    func alumni(studentNumber: String) throws(LOBError) -> [AlumnusDestination] {
        try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT leerlingnummer, cohort, schooltype, profiel, bestemming, instelling, opleiding, status
                    FROM doorstroom_leerling WHERE leerlingnummer = ? ORDER BY cohort
                    """, arguments: [studentNumber]
            ).compactMap(Self.alumnus)
        }
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
        try perform { try Int.fetchAll(db, sql: TransitionSchema.alumniCohortsSQL) }
    }

    /// The cohorts in which at least one alumnus's status after one year is known, oldest first.
    public func alumniCohortsWithKnownStatus() throws(LOBError) -> [Int] {
        let cohorts = try alumniCohorts()
        return try perform {
            let known = try db.cachedStatement(
                sql: """
                    SELECT EXISTS (SELECT 1 FROM doorstroom_leerling WHERE cohort = ? AND status <> 'onbekend')
                    """)
            return try cohorts.filter { try Bool.fetchOne(known, arguments: [$0]) == true }
        }
    }

    /// How many records one cohort has, and of how many the status after one year is known.
    func alumniStatusKnown(cohort: Int) throws(LOBError) -> (records: Int, known: Int) {
        try perform {
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*), coalesce(sum(status <> 'onbekend'), 0) FROM doorstroom_leerling WHERE cohort = ?
                    """, arguments: [cohort])
            return (row?[0] ?? 0, row?[1] ?? 0)
        }
    }

    /// One cohort's records counted per combination of `columns`, as figures whose other dimensions are left at
    /// placeholders (see `TransitionFigures.school`).
    func alumniCounts(cohort: Int, by columns: [AlumniColumn]) throws(LOBError) -> [TransitionFigures.Entry] {
        try perform {
            var entries: [TransitionFigures.Entry] = []
            let rows = try Row.fetchCursor(
                db, sql: TransitionSchema.alumniCountSQL(by: columns), arguments: [cohort])
            rows: while let row = try rows.next() {
                let count: Int = row[columns.count]
                guard count > 0 else { continue }
                var entry = TransitionFigures.Entry(
                    cohort: cohort, schoolType: .vmboBB, destination: .mbo1, status: nil, count: CountRange(count))
                for (index, column) in columns.enumerated() {
                    let text: String = row[index]
                    switch column {
                    case .schoolType:
                        guard let type = SchoolType(rawValue: text) else { continue rows }
                        entry.schoolType = type
                    case .profile: entry.profile = text
                    case .destination:
                        guard let destination = Destination(rawValue: text) else { continue rows }
                        entry.destination = destination
                    case .institution: entry.institution = text
                    case .status:
                        guard let status = FollowUpStatus(rawValue: text) else { continue rows }
                        entry.status = status
                    }
                }
                entries.append(entry)
            }
            return entries
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
