import GRDB

/// The students module's tables and queries; all of its SQL is here.
enum StudentSchema {
    static let migrations = [
        Migration(
            "v1-vestigingen-leerlingen",
            sql: """
                CREATE TABLE vestiging (
                    id INTEGER PRIMARY KEY,
                    brin TEXT NOT NULL,
                    nummer TEXT NOT NULL DEFAULT '00',
                    naam TEXT NOT NULL,
                    UNIQUE (brin, nummer)
                );
                CREATE TABLE leerling (
                    id INTEGER PRIMARY KEY,
                    leerlingnummer TEXT NOT NULL UNIQUE,
                    vestiging_id INTEGER NOT NULL REFERENCES vestiging(id) ON DELETE RESTRICT,
                    roepnaam TEXT NOT NULL,
                    tussenvoegsel TEXT NOT NULL DEFAULT '',
                    achternaam TEXT NOT NULL,
                    klas TEXT NOT NULL DEFAULT '',
                    leerjaar INTEGER NOT NULL CHECK (leerjaar BETWEEN 1 AND 6),
                    schooltype TEXT NOT NULL,
                    profiel TEXT NOT NULL DEFAULT '',
                    mentor TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX leerling_vestiging ON leerling(vestiging_id);
                CREATE INDEX leerling_leerjaar ON leerling(leerjaar, schooltype);
                CREATE INDEX leerling_klas ON leerling(klas);
                """),
        // When a student left the school: the retention period (`privacy opschonen`) counts from it.
        Migration(
            "v2-vertrokken",
            sql: """
                ALTER TABLE leerling ADD COLUMN vertrokken TEXT;
                CREATE INDEX leerling_vertrokken ON leerling(vertrokken);
                """),
        // Names found by what is typed (`Jans<Tab>`, `ozd<Tab>`) through an index, not by comparing every name
        // in Swift (issue 10: 950,000 students at national scale). The keys are `SearchKey`s of the full name
        // and of the surname, written with the row wherever a student is written.
        Migration(
            "v3-zoeknaam",
            sql: """
                ALTER TABLE leerling ADD COLUMN zoeknaam TEXT NOT NULL DEFAULT '';
                ALTER TABLE leerling ADD COLUMN zoekachternaam TEXT NOT NULL DEFAULT '';
                UPDATE leerling SET zoeknaam = lob_zoeksleutel(roepnaam, tussenvoegsel, achternaam),
                                    zoekachternaam = lob_zoeksleutel(achternaam);
                CREATE INDEX leerling_zoeknaam ON leerling(zoeknaam);
                CREATE INDEX leerling_zoekachternaam ON leerling(zoekachternaam);
                """),
    ]

    /// The columns a `Student` is read from.
    static let studentColumns = """
        leerlingnummer, roepnaam, tussenvoegsel, achternaam, klas, leerjaar, schooltype, profiel, mentor, vestiging_id
        """

    /// Students whose number, or whose name's or surname's search key, falls in a range, in the order of the
    /// index that serves it; the arguments are the range's bounds and the limit.
    static func startingSQL(_ column: String) -> String {
        "SELECT id, \(studentColumns) FROM leerling WHERE \(column) >= ? AND \(column) < ? ORDER BY \(column) LIMIT ?"
    }

    static let searchColumns = ["leerlingnummer", "zoeknaam", "zoekachternaam"]
}

extension StoreTransaction {
    /// All vestigingen, in the order they were added.
    func branches() throws(LOBError) -> [Branch] {
        try perform {
            try Row.fetchAll(db, sql: "SELECT id, brin, nummer, naam FROM vestiging ORDER BY id").map { row in
                Branch(id: row["id"], brin: row["brin"], number: row["nummer"], name: row["naam"])
            }
        }
    }

    /// Adds a vestiging and returns it.
    func addBranch(brin: String, number: String, name: String) throws(LOBError) -> Branch {
        try perform {
            try db.execute(
                sql: "INSERT INTO vestiging (brin, nummer, naam) VALUES (?, ?, ?)", arguments: [brin, number, name])
            return Branch(id: db.lastInsertedRowID, brin: brin, number: number, name: name)
        }
    }

    /// Changes a vestiging's BRIN code, number or name.
    func updateBranch(_ branch: Branch) throws(LOBError) {
        try perform {
            try db.execute(
                sql: "UPDATE vestiging SET brin = ?, nummer = ?, naam = ? WHERE id = ?",
                arguments: [branch.brin, branch.number, branch.name, branch.id])
        }
    }

    /// The students a query asks for, in no particular order.
    func students(_ query: StudentQuery) throws(LOBError) -> [Student] {
        var filter = SQLFilter()
        filter.add("leerjaar", in: query.years.isEmpty ? nil : query.years)
        filter.add("schooltype", in: query.schoolTypes.isEmpty ? nil : query.schoolTypes.map(\.rawValue))
        filter.add("klas = ? COLLATE NOCASE", query.className)
        filter.add("vestiging_id = ?", query.branchID)
        let sql = "SELECT \(StudentSchema.studentColumns) FROM leerling" + filter.whereClause
        var students = try perform {
            try Row.fetchAll(db, sql: sql, arguments: filter.arguments).compactMap(Self.student)
        }
        if let mentor = query.mentor {
            // In Swift rather than SQL: `de vries` should find `J. de Vries`, and `Ozdemir` `Özdemir`.
            students = students.filter { Value.text($0.mentor).contains(typed: mentor) }
        }
        return students
    }

    /// One student by number.
    func student(number: String) throws(LOBError) -> Student? {
        try perform {
            try Row.fetchOne(
                db,
                sql: """
                    SELECT leerlingnummer, roepnaam, tussenvoegsel, achternaam, klas, leerjaar, schooltype, profiel,
                           mentor, vestiging_id FROM leerling WHERE leerlingnummer = ?
                    """, arguments: [number]
            ).flatMap(Self.student)
        }
    }

    /// The numbers of every student, for re-imports.
    func studentNumbers() throws(LOBError) -> Set<String> {
        try perform { Set(try String.fetchAll(db, sql: "SELECT leerlingnummer FROM leerling")) }
    }

    /// Adds a student, or updates the one with the same number.
    func upsert(_ student: Student) throws(LOBError) {
        try perform {
            // Cached: an import upserts thousands of rows with the same statement.
            try db.cachedStatement(
                sql: """
                    INSERT INTO leerling (leerlingnummer, vestiging_id, roepnaam, tussenvoegsel, achternaam, klas,
                                          leerjaar, schooltype, profiel, mentor, zoeknaam, zoekachternaam)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (leerlingnummer) DO UPDATE SET
                        vestiging_id = excluded.vestiging_id, roepnaam = excluded.roepnaam,
                        tussenvoegsel = excluded.tussenvoegsel, achternaam = excluded.achternaam,
                        klas = excluded.klas, leerjaar = excluded.leerjaar, schooltype = excluded.schooltype,
                        profiel = excluded.profiel, mentor = excluded.mentor, zoeknaam = excluded.zoeknaam,
                        zoekachternaam = excluded.zoekachternaam
                    """
            ).execute(
                arguments: [
                    student.number, student.branchID, student.givenName, student.infix, student.surname,
                    student.className, student.year, student.schoolType.rawValue, student.profile, student.mentor,
                    student.nameSearchKey, student.surnameSearchKey,
                ])
        }
    }

    /// The students a name or number being typed may mean (`Jans`, `ozd`, `104`): those whose number starts
    /// with `prefix`, and those whose full name or surname starts with it without regard to case or
    /// diacritics; through the indexes, at most `limit` of each kind, each with its row id.
    func students(startingWith prefix: String, limit: Int) throws(LOBError) -> [(id: Int64, student: Student)] {
        let key = SearchKey.of(prefix)
        return try perform {
            var found: [(id: Int64, student: Student)] = []
            for (column, start) in zip(StudentSchema.searchColumns, [prefix, key, key]) {
                let rows = try Row.fetchCursor(
                    db.cachedStatement(sql: StudentSchema.startingSQL(column)),
                    arguments: [start, SearchKey.upperBound(of: start), limit])
                while let row = try rows.next() {
                    if let student = Self.student(row) { found.append((id: row["id"], student: student)) }
                }
            }
            return found
        }
    }

    /// Removes a student; false when there was none with that number.
    func deleteStudent(number: String) throws(LOBError) -> Bool {
        try perform {
            try db.execute(sql: "DELETE FROM leerling WHERE leerlingnummer = ?", arguments: [number])
            return db.changesCount > 0
        }
    }

    /// Records that a student left the school on `date`, or (nil) that they did not; false when there is no
    /// student with that number.
    func setDeparture(number: String, date: LOBDate?) throws(LOBError) -> Bool {
        try perform {
            try db.execute(
                sql: "UPDATE leerling SET vertrokken = ? WHERE leerlingnummer = ?",
                arguments: [date?.description, number])
            return db.changesCount > 0
        }
    }

    /// The date a student left, if they did.
    func departure(number: String) throws(LOBError) -> LOBDate? {
        try perform {
            try String.fetchOne(
                db, sql: "SELECT vertrokken FROM leerling WHERE leerlingnummer = ?", arguments: [number]
            )
            .flatMap(LOBDate.init(parsing:))
        }
    }

    /// The students who left before `date`, with the date each left, by number.
    func studentsWhoLeft(before date: LOBDate) throws(LOBError) -> [(number: String, left: LOBDate)] {
        try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT leerlingnummer, vertrokken FROM leerling WHERE vertrokken IS NOT NULL AND vertrokken < ?
                    ORDER BY leerlingnummer
                    """, arguments: [date.description]
            ).compactMap { row in
                let text: String = row["vertrokken"]
                return LOBDate(parsing: text).map { (number: row["leerlingnummer"], left: $0) }
            }
        }
    }

    /// The number of students per vestiging id.
    func studentCountsPerBranch() throws(LOBError) -> [Int64: Int] {
        try perform {
            var counts: [Int64: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT vestiging_id, count(*) AS n FROM leerling GROUP BY vestiging_id")
            {
                counts[row["vestiging_id"]] = row["n"]
            }
            return counts
        }
    }

    private static func student(_ row: Row) -> Student? {
        guard let type = SchoolType(rawValue: row["schooltype"]) else { return nil }
        return Student(
            number: row["leerlingnummer"], givenName: row["roepnaam"], infix: row["tussenvoegsel"],
            surname: row["achternaam"], className: row["klas"], year: row["leerjaar"], schoolType: type,
            profile: row["profiel"], mentor: row["mentor"], branchID: row["vestiging_id"])
    }
}
