import GRDB

/// The conversation tables and their queries; all of their SQL is here.
///
/// The private working note lives in a table of its own (`gesprek_werkaantekening`) that only
/// `privateNote(conversationID:)` reads.
enum ConversationSchema {
    static let migrations = [
        Migration(
            "v1-gesprekken",
            sql: """
                CREATE TABLE gesprek (
                    id INTEGER PRIMARY KEY,
                    leerling_id INTEGER NOT NULL REFERENCES leerling(id) ON DELETE CASCADE,
                    datum TEXT NOT NULL,
                    soort TEXT NOT NULL
                        CHECK (soort IN ('loopbaangesprek', 'driehoeksgesprek', 'keuzegesprek', 'terugblik')),
                    onderwerpen TEXT NOT NULL DEFAULT '',
                    competenties TEXT NOT NULL DEFAULT '',
                    activiteiten TEXT NOT NULL DEFAULT '',
                    verslag TEXT NOT NULL DEFAULT '',
                    vastgelegd_door TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX gesprek_leerling ON gesprek(leerling_id, datum);
                CREATE TABLE gesprek_deelnemer (
                    gesprek_id INTEGER NOT NULL REFERENCES gesprek(id) ON DELETE CASCADE,
                    rol TEXT NOT NULL CHECK (rol IN ('mentor', 'decaan', 'ouder', 'docent', 'anders')),
                    naam TEXT NOT NULL,
                    PRIMARY KEY (gesprek_id, rol, naam)
                );
                CREATE TABLE gesprek_afspraak (
                    id INTEGER PRIMARY KEY,
                    gesprek_id INTEGER NOT NULL REFERENCES gesprek(id) ON DELETE CASCADE,
                    wat TEXT NOT NULL CHECK (wat <> ''),
                    door TEXT NOT NULL,
                    voor TEXT,
                    klaar TEXT
                );
                CREATE TABLE gesprek_werkaantekening (
                    gesprek_id INTEGER PRIMARY KEY REFERENCES gesprek(id) ON DELETE CASCADE,
                    tekst TEXT NOT NULL
                );
                """),
        Migration(
            "v2-gesprek-geschiedenis",
            sql: """
                CREATE TABLE gesprek_geschiedenis (
                    id INTEGER PRIMARY KEY,
                    gesprek_id INTEGER NOT NULL REFERENCES gesprek(id) ON DELETE CASCADE,
                    gewijzigd_op TEXT NOT NULL,
                    gewijzigd_door TEXT NOT NULL DEFAULT '',
                    velden TEXT NOT NULL DEFAULT '',
                    soort TEXT NOT NULL,
                    onderwerpen TEXT NOT NULL DEFAULT '',
                    verslag TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX gesprek_geschiedenis_gesprek ON gesprek_geschiedenis(gesprek_id, id);
                """),
        // One school year's conversations (the A3 indicators, the yearly report) and their afspraken, without
        // reading every year's (issue 10: millions of rows at national scale).
        Migration(
            "v3-gesprek-datum",
            sql: """
                CREATE INDEX gesprek_datum ON gesprek(datum);
                CREATE INDEX gesprek_afspraak_gesprek ON gesprek_afspraak(gesprek_id);
                """),
        // How a year's afspraken stand (open, done, overdue) from the index alone, not from their rows; it
        // serves what `gesprek_afspraak_gesprek` served (the afspraken of a conversation), which goes.
        Migration(
            "v4-afspraak-stand",
            sql: """
                CREATE INDEX gesprek_afspraak_stand ON gesprek_afspraak(gesprek_id, klaar, voor);
                DROP INDEX gesprek_afspraak_gesprek;
                """),
    ]
}

extension StoreTransaction {
    /// Records a conversation with its participants and afspraken, and the private note apart;
    /// returns its id, or nil when the student does not exist.
    public func addConversation(_ conversation: Conversation, privateNote: String? = nil) throws(LOBError) -> Int64? {
        try perform {
            // Cached statements: the demo school records hundreds of conversations at start-up.
            try db.cachedStatement(
                sql: """
                    INSERT INTO gesprek (leerling_id, datum, soort, onderwerpen, competenties, activiteiten, verslag,
                                         vastgelegd_door)
                    SELECT id, ?, ?, ?, ?, ?, ?, ? FROM leerling WHERE leerlingnummer = ?
                    """
            ).execute(
                arguments: [
                    conversation.date.description, conversation.kind.rawValue,
                    conversation.topics.joined(separator: "\n"),
                    conversation.competencies.map(\.rawValue).joined(separator: ","),
                    conversation.linkedActivities.joined(separator: "\n"), conversation.report, conversation.recordedBy,
                    conversation.studentNumber,
                ])
            guard db.changesCount > 0 else { return nil }
            let id = db.lastInsertedRowID
            for participant in conversation.participants {
                try db.cachedStatement(
                    sql: "INSERT OR IGNORE INTO gesprek_deelnemer (gesprek_id, rol, naam) VALUES (?, ?, ?)"
                ).execute(arguments: [id, participant.role.rawValue, participant.name])
            }
            for agreement in conversation.agreements {
                try db.cachedStatement(
                    sql: "INSERT INTO gesprek_afspraak (gesprek_id, wat, door, voor, klaar) VALUES (?, ?, ?, ?, ?)"
                ).execute(
                    arguments: [
                        id, agreement.what, agreement.by, agreement.due?.description, agreement.done?.description,
                    ])
            }
            if let privateNote, !privateNote.isEmpty {
                try db.execute(
                    sql: "INSERT INTO gesprek_werkaantekening (gesprek_id, tekst) VALUES (?, ?)",
                    arguments: [id, privateNote])
            }
            return id
        }
    }

    /// The shared part of the conversations a query asks for, by date, then id.
    public func conversations(_ query: ConversationQuery = ConversationQuery()) throws(LOBError) -> [Conversation] {
        var filter = SQLFilter()
        filter.add("l.leerlingnummer", in: query.studentNumbers)
        filter.add("g.datum >= ?", query.from?.description)
        filter.add("g.datum <= ?", query.until?.description)
        filter.add("g.soort = ?", query.kind?.rawValue)
        // The participants and afspraken of the conversations asked for only, not of every conversation.
        let selected = "SELECT g.id FROM gesprek g JOIN leerling l ON l.id = g.leerling_id" + filter.whereClause
        return try perform {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT g.id, l.leerlingnummer, g.datum, g.soort, g.onderwerpen, g.competenties, g.activiteiten,
                           g.verslag, g.vastgelegd_door
                    FROM gesprek g JOIN leerling l ON l.id = g.leerling_id
                    """ + filter.whereClause + " ORDER BY g.datum, g.id", arguments: filter.arguments)
            var participants: [Int64: [ConversationParticipant]] = [:]
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT gesprek_id, rol, naam FROM gesprek_deelnemer WHERE gesprek_id IN (\(selected)) ORDER BY rowid",
                arguments: filter.arguments)
            {
                guard let role = ParticipantRole(rawValue: row["rol"]) else { continue }
                participants[row["gesprek_id"], default: []].append(
                    ConversationParticipant(role: role, name: row["naam"]))
            }
            var agreements: [Int64: [Agreement]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT id, gesprek_id, wat, door, voor, klaar FROM gesprek_afspraak
                    WHERE gesprek_id IN (\(selected)) ORDER BY id
                    """,
                arguments: filter.arguments)
            {
                let agreement = Agreement(
                    id: row["id"], conversationID: row["gesprek_id"], what: row["wat"], by: row["door"],
                    due: (row["voor"] as String?).flatMap(LOBDate.init(parsing:)),
                    done: (row["klaar"] as String?).flatMap(LOBDate.init(parsing:)))
                agreements[agreement.conversationID, default: []].append(agreement)
            }
            return rows.compactMap { row -> Conversation? in
                guard let date = LOBDate(parsing: row["datum"]), let kind = ConversationKind(rawValue: row["soort"])
                else { return nil }
                let id: Int64 = row["id"]
                func lines(_ column: String) -> [String] {
                    (row[column] as String? ?? "").split(separator: "\n").map(String.init)
                }
                return Conversation(
                    id: id, studentNumber: row["leerlingnummer"], date: date, kind: kind,
                    participants: participants[id] ?? [], topics: lines("onderwerpen"),
                    competencies: (row["competenties"] as String? ?? "").split(separator: ",")
                        .compactMap { Competency(rawValue: String($0)) },
                    report: row["verslag"], agreements: agreements[id] ?? [], linkedActivities: lines("activiteiten"),
                    recordedBy: row["vastgelegd_door"])
            }
        }
    }

    /// The staff member's private working note of a conversation: for `gesprek toon --inclusief-vertrouwelijk`
    /// at a terminal only.
    public func privateNote(conversationID: Int64) throws(LOBError) -> String? {
        try perform {
            try String.fetchOne(
                db, sql: "SELECT tekst FROM gesprek_werkaantekening WHERE gesprek_id = ?", arguments: [conversationID])
        }
    }

    /// Marks an afspraak done; false when there is none with that id.
    public func completeAgreement(id: Int64, on date: LOBDate) throws(LOBError) -> Bool {
        try perform {
            try db.execute(
                sql: "UPDATE gesprek_afspraak SET klaar = ? WHERE id = ?", arguments: [date.description, id])
            return db.changesCount > 0
        }
    }
}
