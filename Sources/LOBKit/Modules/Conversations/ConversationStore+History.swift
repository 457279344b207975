import GRDB

extension StoreTransaction {
    /// One conversation's shared part by id; nil when there is none.
    public func conversation(id: Int64) throws(LOBError) -> Conversation? {
        let number = try perform {
            try String.fetchOne(
                db,
                sql: "SELECT l.leerlingnummer FROM gesprek g JOIN leerling l ON l.id = g.leerling_id WHERE g.id = ?",
                arguments: [id])
        }
        guard let number else { return nil }
        return try conversations(ConversationQuery(studentNumbers: [number])).first { $0.id == id }
    }

    /// Applies a change to a conversation, keeping its shared fields as they were in the history first;
    /// false when there is no conversation with that id.
    public func changeConversation(
        id: Int64, _ change: ConversationChange, by author: String, on date: LOBDate
    ) throws(LOBError) -> Bool {
        try perform {
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT soort, onderwerpen, verslag FROM gesprek WHERE id = ?", arguments: [id])
            else { return false }
            let kind: String = row["soort"]
            let topics: String = row["onderwerpen"]
            let report: String = row["verslag"]
            // The private note has no history: only a change to the shared fields leaves a version behind.
            let sharedFields = change.fields.filter { $0 != "werkaantekening" }
            if !sharedFields.isEmpty {
                try db.execute(
                    sql: """
                        INSERT INTO gesprek_geschiedenis (gesprek_id, gewijzigd_op, gewijzigd_door, velden, soort,
                                                          onderwerpen, verslag)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id, date.description, author, sharedFields.joined(separator: ","), kind, topics, report,
                    ])
            }
            try db.execute(
                sql: "UPDATE gesprek SET soort = ?, onderwerpen = ?, verslag = ? WHERE id = ?",
                arguments: [
                    change.kind?.rawValue ?? kind, change.topics?.joined(separator: "\n") ?? topics,
                    change.report ?? report, id,
                ])
            for agreement in change.newAgreements {
                try db.execute(
                    sql: "INSERT INTO gesprek_afspraak (gesprek_id, wat, door, voor, klaar) VALUES (?, ?, ?, ?, ?)",
                    arguments: [
                        id, agreement.what, agreement.by, agreement.due?.description, agreement.done?.description,
                    ])
            }
            if let note = change.privateNote {
                try db.execute(sql: "DELETE FROM gesprek_werkaantekening WHERE gesprek_id = ?", arguments: [id])
                if !note.isEmpty {
                    try db.execute(
                        sql: "INSERT INTO gesprek_werkaantekening (gesprek_id, tekst) VALUES (?, ?)",
                        arguments: [id, note])
                }
            }
            return true
        }
    }

    /// The earlier versions of a conversation's shared fields, oldest first.
    public func conversationHistory(id: Int64) throws(LOBError) -> [ConversationRevision] {
        try perform {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT gesprek_id, gewijzigd_op, gewijzigd_door, velden, soort, onderwerpen, verslag
                    FROM gesprek_geschiedenis WHERE gesprek_id = ? ORDER BY id
                    """, arguments: [id]
            ).compactMap { row -> ConversationRevision? in
                guard let date = LOBDate(parsing: row["gewijzigd_op"]),
                    let kind = ConversationKind(rawValue: row["soort"])
                else { return nil }
                return ConversationRevision(
                    conversationID: row["gesprek_id"], changedOn: date, changedBy: row["gewijzigd_door"],
                    changedFields: (row["velden"] as String).split(separator: ",").map(String.init), kind: kind,
                    topics: (row["onderwerpen"] as String).split(separator: "\n").map(String.init),
                    report: row["verslag"])
            }
        }
    }
}
