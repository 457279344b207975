import GRDB

/// The team module's tables and queries; all of its SQL is here.
///
/// A member's `sleutel` is the name as `StaffName.key` compares it, so that one person cannot be registered
/// twice under spellings that match the same roster name.
enum StaffSchema {
    static let migrations = [
        Migration(
            "v1-team",
            sql: """
                CREATE TABLE team_lid (
                    id INTEGER PRIMARY KEY,
                    naam TEXT NOT NULL CHECK (naam <> ''),
                    sleutel TEXT NOT NULL UNIQUE,
                    email TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE team_rol (
                    lid_id INTEGER NOT NULL REFERENCES team_lid(id) ON DELETE CASCADE,
                    rol TEXT NOT NULL CHECK (rol IN ('mentor', 'decaan', 'lob-coordinator', 'docent')),
                    PRIMARY KEY (lid_id, rol)
                );
                CREATE TABLE team_scholing (
                    id INTEGER PRIMARY KEY,
                    lid_id INTEGER NOT NULL REFERENCES team_lid(id) ON DELETE CASCADE,
                    titel TEXT NOT NULL CHECK (titel <> ''),
                    aanbieder TEXT NOT NULL DEFAULT '',
                    datum TEXT NOT NULL,
                    uren REAL NOT NULL CHECK (uren > 0),
                    UNIQUE (lid_id, titel, datum)
                );
                CREATE INDEX team_scholing_datum ON team_scholing(datum);
                CREATE TABLE team_scholing_onderwerp (
                    scholing_id INTEGER NOT NULL REFERENCES team_scholing(id) ON DELETE CASCADE,
                    onderwerp TEXT NOT NULL
                        CHECK (onderwerp IN ('loopbaangesprekken', 'lob-beleid', 'keuzebegeleiding', 'doorstroom',
                                             'anders')),
                    PRIMARY KEY (scholing_id, onderwerp)
                );
                """)
    ]
}

extension StoreTransaction {
    /// Every staff member with their roles, by name.
    func staffMembers() throws(LOBError) -> [StaffMember] {
        let members = try perform {
            var roles: [Int64: [StaffRole]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT lid_id, rol FROM team_rol") {
                guard let role = StaffRole(rawValue: row["rol"]) else { continue }
                roles[row["lid_id"], default: []].append(role)
            }
            return try Row.fetchAll(db, sql: "SELECT id, naam, email FROM team_lid").map { row -> StaffMember in
                let id: Int64 = row["id"]
                // Roles in their declared order, however they were added.
                let own = roles[id] ?? []
                return StaffMember(
                    id: id, name: row["naam"], roles: StaffRole.allCases.filter(own.contains), email: row["email"])
            }
        }
        return members.sorted { Value.compareText($0.name, $1.name) == .orderedAscending }
    }

    /// The member whose name matches `name` (see `StaffName`), if any.
    func staffMember(named name: String) throws(LOBError) -> StaffMember? {
        let key = StaffName.key(name)
        return try staffMembers().first { $0.key == key }
    }

    /// Adds a member with their roles and returns it with its id.
    func addStaffMember(_ member: StaffMember) throws(LOBError) -> StaffMember {
        var added = member
        added.id = try perform {
            try db.execute(
                sql: "INSERT INTO team_lid (naam, sleutel, email) VALUES (?, ?, ?)",
                arguments: [member.name, member.key, member.email])
            return db.lastInsertedRowID
        }
        try addStaffRoles(member.roles, to: added.id)
        return added
    }

    /// Gives a member more roles; roles they have already stay once.
    func addStaffRoles(_ roles: [StaffRole], to memberID: Int64) throws(LOBError) {
        try perform {
            for role in roles {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO team_rol (lid_id, rol) VALUES (?, ?)",
                    arguments: [memberID, role.rawValue])
            }
        }
    }

    /// Changes a member's email address.
    func setStaffEmail(_ email: String, of memberID: Int64) throws(LOBError) {
        try perform {
            try db.execute(sql: "UPDATE team_lid SET email = ? WHERE id = ?", arguments: [email, memberID])
        }
    }

    /// Removes a member with their roles and trainings; returns how many trainings went with them.
    func deleteStaffMember(id: Int64) throws(LOBError) -> Int {
        try perform {
            let trainings =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM team_scholing WHERE lid_id = ?", arguments: [id]) ?? 0
            try db.execute(sql: "DELETE FROM team_lid WHERE id = ?", arguments: [id])
            return trainings
        }
    }

    /// Records a training of a member; false when the same title on the same date was recorded before.
    func addTraining(_ training: StaffTraining, memberID: Int64) throws(LOBError) -> Bool {
        try perform {
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO team_scholing (lid_id, titel, aanbieder, datum, uren)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [memberID, training.title, training.provider, training.date.description, training.hours])
            guard db.changesCount > 0 else { return false }
            let id = db.lastInsertedRowID
            for subject in training.subjects {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO team_scholing_onderwerp (scholing_id, onderwerp) VALUES (?, ?)",
                    arguments: [id, subject.rawValue])
            }
            return true
        }
    }

    /// The trainings of one member, or of all, by date.
    func trainings(memberID: Int64? = nil) throws(LOBError) -> [StaffTraining] {
        let filter = memberID == nil ? "" : " WHERE s.lid_id = ?"
        let arguments: StatementArguments = memberID.map { [$0] } ?? []
        return try perform {
            var subjects: [Int64: [TrainingSubject]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT scholing_id, onderwerp FROM team_scholing_onderwerp") {
                guard let subject = TrainingSubject(rawValue: row["onderwerp"]) else { continue }
                subjects[row["scholing_id"], default: []].append(subject)
            }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, l.naam, s.titel, s.aanbieder, s.datum, s.uren
                    FROM team_scholing s JOIN team_lid l ON l.id = s.lid_id
                    """ + filter + " ORDER BY s.datum, l.naam, s.id",
                arguments: arguments
            ).compactMap { row -> StaffTraining? in
                guard let date = LOBDate(parsing: row["datum"]) else { return nil }
                let own = subjects[row["id"]] ?? []
                return StaffTraining(
                    memberName: row["naam"], title: row["titel"], provider: row["aanbieder"], date: date,
                    hours: row["uren"], subjects: TrainingSubject.allCases.filter(own.contains))
            }
        }
    }

    /// Whether any staff member or training has been recorded at all.
    /// The roster's students counted per spelling of their mentor and class, with the lowest student number of
    /// each group: `MentorRoster` without reading every student. Students of a school type lobsh does not know
    /// are left out, as the roster's reads leave them out.
    func rosterMentorGroups() throws(LOBError) -> [(
        mentor: String, className: String, students: Int, firstNumber: String
    )] {
        let types = SchoolType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT mentor, klas, count(*), min(leerlingnummer) FROM leerling
                    WHERE mentor <> '' AND schooltype IN (\(types))
                    GROUP BY mentor, klas
                    """
            ).map { row in (row[0], row[1], row[2], row[3]) }
        }
    }

    func hasStaffData() throws(LOBError) -> Bool {
        try perform {
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM team_lid) OR EXISTS (SELECT 1 FROM team_scholing)") ?? false
        }
    }
}
