import GRDB

/// The obligation module's tables and queries; all of its SQL is here.
///
/// A rule of the specific-activities form keeps its activities by foreign key: removing an activity from
/// the catalogue removes it from the rules (as it removes its participations), and a rule left without
/// activities goes with its last one, since nobody can be asked to do an activity that no longer exists.
enum ObligationSchema {
    static let migrations = [
        Migration(
            "v1-regels",
            sql: """
                CREATE TABLE verplichting_regel (
                    id INTEGER PRIMARY KEY,
                    schooltype TEXT NOT NULL,
                    leerjaar INTEGER NOT NULL CHECK (leerjaar BETWEEN 1 AND 6),
                    vorm TEXT NOT NULL CHECK (vorm IN ('soort', 'activiteit', 'competentie')),
                    soort TEXT,
                    competentie TEXT,
                    minimaal INTEGER CHECK (minimaal >= 1),
                    omschrijving TEXT NOT NULL DEFAULT '',
                    CHECK ((vorm = 'soort') = (soort IS NOT NULL)),
                    CHECK ((vorm = 'competentie') = (competentie IS NOT NULL)),
                    CHECK ((vorm = 'activiteit') = (minimaal IS NULL))
                );
                CREATE INDEX verplichting_regel_groep ON verplichting_regel(schooltype, leerjaar);
                CREATE TABLE verplichting_activiteit (
                    regel_id INTEGER NOT NULL REFERENCES verplichting_regel(id) ON DELETE CASCADE,
                    activiteit_id INTEGER NOT NULL REFERENCES activiteit(id) ON DELETE CASCADE,
                    volgorde INTEGER NOT NULL,
                    PRIMARY KEY (regel_id, activiteit_id)
                );
                CREATE INDEX verplichting_activiteit_activiteit ON verplichting_activiteit(activiteit_id);
                CREATE TRIGGER verplichting_regel_zonder_activiteiten
                AFTER DELETE ON verplichting_activiteit
                WHEN NOT EXISTS (SELECT 1 FROM verplichting_activiteit WHERE regel_id = OLD.regel_id)
                BEGIN
                    DELETE FROM verplichting_regel WHERE id = OLD.regel_id AND vorm = 'activiteit';
                END;
                """)
    ]
}

extension StoreTransaction {
    /// The rules, by school type, leerjaar and id; optionally only those of some school types or leerjaren.
    public func obligationRules(schoolTypes: [SchoolType] = [], years: [Int] = []) throws(LOBError)
        -> [ObligationRule]
    {
        let rules = try perform {
            var codes: [Int64: [String]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT v.regel_id, a.code FROM verplichting_activiteit v JOIN activiteit a ON a.id = v.activiteit_id
                    ORDER BY v.regel_id, v.volgorde
                    """)
            {
                codes[row["regel_id"], default: []].append(row["code"])
            }
            return try Row.fetchAll(
                db,
                sql:
                    "SELECT id, schooltype, leerjaar, vorm, soort, competentie, minimaal, omschrijving FROM verplichting_regel"
            ).compactMap { row in Self.obligationRule(row, codes: codes) }
        }
        return
            rules
            .filter { schoolTypes.isEmpty || schoolTypes.contains($0.schoolType) }
            .filter { years.isEmpty || years.contains($0.year) }
            .sorted { ($0.schoolType, $0.year, $0.id) < ($1.schoolType, $1.year, $1.id) }
    }

    /// Whether any rule has been recorded.
    public func hasObligationRules() throws(LOBError) -> Bool {
        try perform { try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM verplichting_regel)") ?? false }
    }

    /// Saves a new rule and returns it with its id; its activities must be in the catalogue.
    @discardableResult
    public func addObligationRule(_ rule: ObligationRule) throws(LOBError) -> ObligationRule {
        let (form, kind, competency, minimum): (String, String?, String?, Int?) =
            switch rule.requirement {
            case .kind(let kind, let minimum): ("soort", kind.rawValue, nil, minimum)
            case .activities: ("activiteit", nil, nil, nil)
            case .competency(let competency, let minimum): ("competentie", nil, competency.rawValue, minimum)
            }
        let id = try perform {
            try db.execute(
                sql: """
                    INSERT INTO verplichting_regel (schooltype, leerjaar, vorm, soort, competentie, minimaal, omschrijving)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [rule.schoolType.rawValue, rule.year, form, kind, competency, minimum, rule.description])
            return db.lastInsertedRowID
        }
        if case .activities(let codes) = rule.requirement {
            for (order, code) in codes.enumerated() {
                let inserted = try perform {
                    try db.execute(
                        sql: """
                            INSERT INTO verplichting_activiteit (regel_id, activiteit_id, volgorde)
                            SELECT ?, id, ? FROM activiteit WHERE code = ?
                            """,
                        arguments: [id, order, code])
                    return db.changesCount > 0
                }
                if !inserted { throw LOBError(.failed, Message(.obligationUnknownActivity, code)) }
            }
        }
        var saved = rule
        saved.id = id
        return saved
    }

    /// Removes a rule; false when there was none with that id.
    public func deleteObligationRule(id: Int64) throws(LOBError) -> Bool {
        try perform {
            try db.execute(sql: "DELETE FROM verplichting_regel WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    private static func obligationRule(_ row: Row, codes: [Int64: [String]]) -> ObligationRule? {
        let id: Int64 = row["id"]
        guard let type = SchoolType(rawValue: row["schooltype"]) else { return nil }
        let requirement: ObligationRequirement
        switch row["vorm"] as String? {
        case "soort":
            guard let kind = (row["soort"] as String?).flatMap(ActivityKind.init(rawValue:)),
                let minimum = row["minimaal"] as Int?
            else { return nil }
            requirement = .kind(kind, minimum: minimum)
        case "competentie":
            guard let competency = (row["competentie"] as String?).flatMap(Competency.init(rawValue:)),
                let minimum = row["minimaal"] as Int?
            else { return nil }
            requirement = .competency(competency, minimum: minimum)
        case "activiteit":
            requirement = .activities(codes[id] ?? [])
        default:
            return nil
        }
        return ObligationRule(
            id: id, schoolType: type, year: row["leerjaar"], requirement: requirement, description: row["omschrijving"])
    }
}
