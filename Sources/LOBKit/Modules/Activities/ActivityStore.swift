import GRDB

/// The activity catalogue's table and queries; all of its SQL is here.
///
/// Lists (school types, leerjaren, competencies) are stored as comma-separated text: a catalogue has
/// tens to hundreds of activities, and they are always read whole.
enum ActivitySchema {
    static let migrations = [
        Migration(
            "v1-activiteiten",
            sql: """
                CREATE TABLE activiteit (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    naam TEXT NOT NULL,
                    soort TEXT NOT NULL,
                    omschrijving TEXT NOT NULL DEFAULT '',
                    schooltypen TEXT NOT NULL DEFAULT '',
                    leerjaren TEXT NOT NULL DEFAULT '',
                    competenties TEXT NOT NULL DEFAULT '',
                    keuzemoment TEXT,
                    buiten_school INTEGER NOT NULL DEFAULT 0,
                    partner TEXT NOT NULL DEFAULT '',
                    van TEXT,
                    tot TEXT,
                    verplicht INTEGER NOT NULL DEFAULT 0
                );
                """)
    ]
}

extension StoreTransaction {
    /// Every activity, by code.
    public func activities() throws(LOBError) -> [Activity] {
        try perform {
            try Row.fetchAll(db, sql: "SELECT * FROM activiteit ORDER BY code COLLATE NOCASE").compactMap(Self.activity)
        }
    }

    /// One activity by code (case-insensitive).
    public func activity(code: String) throws(LOBError) -> Activity? {
        try perform {
            try Row.fetchOne(db, sql: "SELECT * FROM activiteit WHERE code = ?", arguments: [code]).flatMap(
                Self.activity)
        }
    }

    /// Adds an activity, or replaces the one with the same code.
    public func saveActivity(_ activity: Activity) throws(LOBError) {
        try perform {
            try db.execute(
                sql: """
                    INSERT INTO activiteit (code, naam, soort, omschrijving, schooltypen, leerjaren, competenties,
                                            keuzemoment, buiten_school, partner, van, tot, verplicht)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET
                        naam = excluded.naam, soort = excluded.soort, omschrijving = excluded.omschrijving,
                        schooltypen = excluded.schooltypen, leerjaren = excluded.leerjaren,
                        competenties = excluded.competenties, keuzemoment = excluded.keuzemoment,
                        buiten_school = excluded.buiten_school, partner = excluded.partner, van = excluded.van,
                        tot = excluded.tot, verplicht = excluded.verplicht
                    """,
                arguments: [
                    activity.code, activity.name, activity.kind.rawValue, activity.description,
                    activity.schoolTypes.map(\.rawValue).joined(separator: ","),
                    activity.years.map(String.init).joined(separator: ","),
                    activity.competencies.map(\.rawValue).joined(separator: ","), activity.choiceMoment?.rawValue,
                    activity.outsideSchool, activity.partner, activity.from?.description, activity.until?.description,
                    activity.required,
                ])
        }
    }

    /// Removes an activity; false when there was none. Its participations go with it.
    public func deleteActivity(code: String) throws(LOBError) -> Bool {
        try perform {
            try db.execute(sql: "DELETE FROM activiteit WHERE code = ?", arguments: [code])
            return db.changesCount > 0
        }
    }

    private static func activity(_ row: Row) -> Activity? {
        guard let kind = ActivityKind(rawValue: row["soort"]) else { return nil }
        func list(_ column: String) -> [String] {
            (row[column] as String? ?? "").split(separator: ",").map(String.init)
        }
        return Activity(
            code: row["code"], name: row["naam"], kind: kind, description: row["omschrijving"],
            schoolTypes: list("schooltypen").compactMap(SchoolType.init(rawValue:)),
            years: list("leerjaren").compactMap { Int($0) },
            competencies: list("competenties").compactMap(Competency.init(rawValue:)),
            choiceMoment: (row["keuzemoment"] as String?).flatMap(ChoiceMoment.init(rawValue:)),
            outsideSchool: row["buiten_school"], partner: row["partner"],
            from: (row["van"] as String?).flatMap(LOBDate.init(parsing:)),
            until: (row["tot"] as String?).flatMap(LOBDate.init(parsing:)), required: row["verplicht"])
    }
}
