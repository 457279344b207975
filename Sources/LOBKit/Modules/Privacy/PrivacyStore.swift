import GRDB

/// The privacy module's tables and queries; all of its SQL is here.
///
/// `privacy_instelling` holds the retention period; `privacy_log` is the audit log, append-only (its triggers
/// refuse to change or remove a row). A student's personal data is found through the database's own foreign
/// keys: every table that refers to `leerling` with `ON DELETE CASCADE`, and every table that refers to one of
/// those, built-in or a network module's, goes with the student; no module has to register anything.
enum PrivacySchema {
    static let migrations = [
        Migration(
            "v1-privacy",
            sql: """
                CREATE TABLE privacy_instelling (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    bewaartermijn INTEGER NOT NULL CHECK (bewaartermijn BETWEEN 1 AND 100)
                );
                CREATE TABLE privacy_log (
                    id INTEGER PRIMARY KEY,
                    datum TEXT NOT NULL,
                    tijd TEXT NOT NULL,
                    door TEXT NOT NULL DEFAULT '',
                    soort TEXT NOT NULL CHECK (soort IN ('export', 'opschonen', 'inzage', 'verwijdering')),
                    wat TEXT NOT NULL,
                    aantal INTEGER NOT NULL CHECK (aantal >= 0)
                );
                CREATE INDEX privacy_log_datum ON privacy_log(datum, soort);
                CREATE TRIGGER privacy_log_geen_wijziging BEFORE UPDATE ON privacy_log
                BEGIN SELECT RAISE(ABORT, 'privacy_log is append-only'); END;
                CREATE TRIGGER privacy_log_geen_verwijdering BEFORE DELETE ON privacy_log
                BEGIN SELECT RAISE(ABORT, 'privacy_log is append-only'); END;
                """)
    ]
}

/// One table's rows of one student.
struct PersonalRows: Equatable {
    var table: String
    var rows: Int
}

/// One entry of the audit log.
struct AuditEntry: Equatable {
    var date: LOBDate
    var time: String
    var author: String
    var kind: AuditKind
    var what: String
    var count: Int
}

extension StoreTransaction {
    /// The retention period the school stored, if any.
    func storedRetentionYears() throws(LOBError) -> Int? {
        try perform { try Int.fetchOne(db, sql: "SELECT bewaartermijn FROM privacy_instelling WHERE id = 1") }
    }

    func setRetentionYears(_ years: Int) throws(LOBError) {
        try perform {
            try db.execute(
                sql: """
                    INSERT INTO privacy_instelling (id, bewaartermijn) VALUES (1, ?)
                    ON CONFLICT (id) DO UPDATE SET bewaartermijn = excluded.bewaartermijn
                    """, arguments: [years])
        }
    }

    /// Adds an entry to the audit log, when the privacy module's table is there (a test store may lack it).
    func appendAudit(_ entry: AuditEntry) throws(LOBError) {
        try perform {
            guard try db.tableExists("privacy_log") else { return }
            try db.execute(
                sql: "INSERT INTO privacy_log (datum, tijd, door, soort, wat, aantal) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    entry.date.description, entry.time, entry.author, entry.kind.rawValue, entry.what, entry.count,
                ])
        }
    }

    /// The audit log from `since` on, of one kind or all, oldest first.
    func auditEntries(since: LOBDate?, kind: AuditKind?) throws(LOBError) -> [AuditEntry] {
        var filter = SQLFilter()
        filter.add("datum >= ?", since?.description)
        filter.add("soort = ?", kind?.rawValue)
        return try perform {
            try Row.fetchAll(
                db,
                sql: "SELECT datum, tijd, door, soort, wat, aantal FROM privacy_log" + filter.whereClause
                    + " ORDER BY id",
                arguments: filter.arguments
            ).compactMap { row in
                let date: String = row["datum"]
                let kind: String = row["soort"]
                guard let date = LOBDate(parsing: date), let kind = AuditKind(rawValue: kind) else { return nil }
                return AuditEntry(
                    date: date, time: row["tijd"], author: row["door"], kind: kind, what: row["wat"],
                    count: row["aantal"])
            }
        }
    }

    /// Every table that holds a student's rows, with the condition that selects them: `leerling` itself, each
    /// table referring to it with `ON DELETE CASCADE`, and so on down; by the order they were found.
    ///
    /// The conditions hold one `?`, the student number.
    func personalTables() throws(LOBError) -> [(table: String, condition: String)] {
        let edges = try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.name AS child, f."from" AS column, f."table" AS parent, f."to" AS target
                    FROM sqlite_master m, pragma_foreign_key_list(m.name) f
                    WHERE m.type = 'table' AND upper(f.on_delete) = 'CASCADE'
                    ORDER BY m.name, f.id
                    """
            ).map { row -> (child: String, column: String, parent: String, target: String) in
                let target: String? = row["target"]
                return (row["child"], row["column"], row["parent"], target ?? "rowid")
            }
        }
        var found: [(table: String, condition: String)] = [("leerling", "leerlingnummer = ?")]
        var next = 0
        // Breadth first; a table reached twice (a cycle, or two paths) keeps its first condition.
        while next < found.count {
            let (parent, condition) = found[next]
            next += 1
            for edge in edges where edge.parent.lowercased() == parent.lowercased() {
                guard !found.contains(where: { $0.table.lowercased() == edge.child.lowercased() }) else { continue }
                let nested =
                    "\(Self.quoted(edge.column)) IN (SELECT \(Self.quoted(edge.target)) FROM \(Self.quoted(parent)) "
                    + "WHERE \(condition))"
                found.append((edge.child, nested))
            }
        }
        return found
    }

    /// How many rows each table holds of the student, the tables with none left out; `doorstroom_leerling` (which
    /// names alumni by number, not by reference) last.
    func personalRows(of number: String) throws(LOBError) -> [PersonalRows] {
        var counts: [PersonalRows] = []
        for (table, condition) in try personalTables() {
            let rows = try perform {
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM \(Self.quoted(table)) WHERE \(condition)", arguments: [number]) ?? 0
            }
            if rows > 0 { counts.append(PersonalRows(table: table, rows: rows)) }
        }
        let alumni = try alumniRecordCount(studentNumber: number)
        if alumni > 0 { counts.append(PersonalRows(table: "doorstroom_leerling", rows: alumni)) }
        return counts
    }

    /// The student's rows of `table` (one of `personalTables()`), without the tables' internal ids.
    func personalRows(of number: String, in table: String) throws(LOBError) -> Table {
        guard let condition = try personalTables().first(where: { $0.table == table })?.condition else {
            return Table(columns: [], rows: [])
        }
        let all = try query("SELECT * FROM \(Self.quoted(table)) WHERE \(condition)", [.text(number)])
        let kept = all.columns.indices.filter { all.columns[$0] != "id" && !all.columns[$0].hasSuffix("_id") }
        return Table(
            columns: kept.map { all.columns[$0] },
            rows: all.rows.map { row in kept.map { $0 < row.count ? row[$0] : .nothing } })
    }

    private static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
