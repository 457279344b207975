import GRDB

/// Writes generated data in bulk (`demo genereer`): one prepared statement per table, reused for every row,
/// and ids handed back so that no row has to be looked up again. All of the generator's SQL is here.
///
/// Rows go straight into the other modules' tables, as their own stores write them; the generator runs many
/// of these writers, one per transaction of some hundred thousand rows.
struct GeneratedDataWriter {
    private let transaction: StoreTransaction
    private let branch: GRDB.Statement
    private let student: GRDB.Statement
    private let activity: GRDB.Statement
    private let participation: GRDB.Statement
    private let conversation: GRDB.Statement
    private let participant: GRDB.Statement
    private let agreement: GRDB.Statement
    private let alumnus: GRDB.Statement

    init(_ transaction: StoreTransaction) throws(LOBError) {
        self.transaction = transaction
        let db = transaction.db
        (branch, student, activity, participation, conversation, participant, agreement, alumnus) =
            try transaction.perform {
                (
                    try db.cachedStatement(sql: "INSERT INTO vestiging (brin, nummer, naam) VALUES (?, ?, ?)"),
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO leerling (leerlingnummer, vestiging_id, roepnaam, tussenvoegsel, achternaam, klas,
                                                  leerjaar, schooltype, profiel, mentor, zoeknaam, zoekachternaam)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """),
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO activiteit (code, naam, soort, omschrijving, schooltypen, leerjaren, competenties)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """),
                    try db.cachedStatement(
                        sql: """
                            INSERT OR IGNORE INTO deelname (activiteit_id, leerling_id, datum, status, beoogde_doelen,
                                                            resultaten, evaluatie, vervolgactiviteiten)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            """),
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO gesprek (leerling_id, datum, soort, onderwerpen, competenties, verslag,
                                                 vastgelegd_door)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            """),
                    try db.cachedStatement(
                        sql: "INSERT OR IGNORE INTO gesprek_deelnemer (gesprek_id, rol, naam) VALUES (?, ?, ?)"),
                    try db.cachedStatement(
                        sql: "INSERT INTO gesprek_afspraak (gesprek_id, wat, door, voor, klaar) VALUES (?, ?, ?, ?, ?)"),
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO doorstroom_leerling (leerlingnummer, cohort, schooltype, profiel, bestemming,
                                                             instelling, opleiding, status)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                )
            }
    }

    /// Adds a vestiging; returns its id.
    func addBranch(brin: String, name: String) throws(LOBError) -> Int64 {
        try insert(branch, [brin, "00", name])
    }

    /// Adds a student (the number must be new); returns the row id.
    func addStudent(_ student: Student) throws(LOBError) -> Int64 {
        try insert(
            self.student,
            [
                student.number, student.branchID, student.givenName, student.infix, student.surname,
                student.className, student.year, student.schoolType.rawValue, student.profile, student.mentor,
                student.nameSearchKey, student.surnameSearchKey,
            ])
    }

    /// Adds an activity (the code must be new); returns its id.
    func addActivity(_ activity: Activity) throws(LOBError) -> Int64 {
        try insert(
            self.activity,
            [
                activity.code, activity.name, activity.kind.rawValue, activity.description,
                activity.schoolTypes.map(\.rawValue).joined(separator: ","),
                activity.years.map(String.init).joined(separator: ","),
                activity.competencies.map(\.rawValue).joined(separator: ","),
            ])
    }

    /// Adds a participation by the ids of its activity and student; the same three again is skipped.
    func addParticipation(_ participation: Participation, activityID: Int64, studentID: Int64) throws(LOBError) {
        _ = try insert(
            self.participation,
            [
                activityID, studentID, participation.date.description, participation.status.rawValue,
                participation.intendedGoals, participation.results, participation.evaluation, participation.followUp,
            ])
    }

    /// Adds a conversation of the student with `studentID`, with its participants and afspraken.
    func addConversation(_ conversation: Conversation, studentID: Int64) throws(LOBError) {
        let id = try insert(
            self.conversation,
            [
                studentID, conversation.date.description, conversation.kind.rawValue,
                conversation.topics.joined(separator: "\n"),
                conversation.competencies.map(\.rawValue).joined(separator: ","), conversation.report,
                conversation.recordedBy,
            ])
        for person in conversation.participants {
            _ = try insert(participant, [id, person.role.rawValue, person.name])
        }
        for item in conversation.agreements {
            _ = try insert(agreement, [id, item.what, item.by, item.due?.description, item.done?.description])
        }
    }

    /// Adds one alumnus's destination (number and cohort must be new).
    func addAlumnus(_ alumnus: AlumnusDestination) throws(LOBError) {
        _ = try insert(
            self.alumnus,
            [
                alumnus.studentNumber, alumnus.cohort, alumnus.schoolType.rawValue, alumnus.profile,
                alumnus.destination.rawValue, alumnus.institution, alumnus.programme, alumnus.status.rawValue,
            ])
    }

    private func insert(_ statement: GRDB.Statement, _ arguments: StatementArguments) throws(LOBError) -> Int64 {
        try transaction.perform {
            try statement.execute(arguments: arguments)
            return transaction.db.lastInsertedRowID
        }
    }
}

extension StoreTransaction {
    /// Every activity's row id by code, for writing participations by id.
    func activityIDs() throws(LOBError) -> [String: Int64] {
        try perform {
            var ids: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, code FROM activiteit") {
                ids[row["code"]] = row["id"]
            }
            return ids
        }
    }
}
