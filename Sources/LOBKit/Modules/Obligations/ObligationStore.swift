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

// MARK: - Measuring many students at once

extension ObligationSchema {
    /// The participations of student `l` that count on a peildatum: taken part, from the first day of its school
    /// year (`:start`) up to and including the peildatum (`:until`). Served by the covering index
    /// `deelname_leerling` (leerling, datum, status, activiteit).
    static let counting =
        "d.leerling_id = l.id AND d.datum >= :start AND d.datum <= :until AND d.status = 'deelgenomen'"

    /// Per rule, the SQL that says how far student `l` is with it, and the arguments it names: for a rule of a
    /// kind or a competency, how many different activities that count are done; for a rule of specific
    /// activities, with `perActivity` one 0/1 column per activity, else how many of them are done.
    static func columns(_ rules: [ObligationRule], perActivity: Bool) -> (
        sql: [String], arguments: [String: (any DatabaseValueConvertible)?]
    ) {
        var sql: [String] = []
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        func count(_ activities: String) -> String {
            "(SELECT count(DISTINCT d.activiteit_id) FROM deelname d WHERE \(counting) AND d.activiteit_id IN (\(activities)))"
        }
        for (index, rule) in rules.enumerated() {
            switch rule.requirement {
            case .kind(let kind, _):
                arguments["soort\(index)"] = kind.rawValue
                sql.append(count("SELECT id FROM activiteit WHERE soort = :soort\(index)"))
            case .competency(let competency, _):
                // As the catalogue reads its comma-separated list: the whole name, case and all.
                arguments["competentie\(index)"] = ",\(competency.rawValue),"
                sql.append(
                    count("SELECT id FROM activiteit WHERE instr(',' || competenties || ',', :competentie\(index)) > 0")
                )
            case .activities(let codes) where perActivity:
                for (position, code) in codes.enumerated() {
                    arguments["code\(index)_\(position)"] = code
                    sql.append(
                        """
                        EXISTS (SELECT 1 FROM deelname d WHERE \(counting)
                                AND d.activiteit_id = (SELECT id FROM activiteit WHERE code = :code\(index)_\(position)))
                        """)
                }
            case .activities:
                arguments["regel\(index)"] = rule.id
                sql.append(count("SELECT activiteit_id FROM verplichting_activiteit WHERE regel_id = :regel\(index)"))
            }
        }
        return (sql, arguments)
    }

    /// The students of a group (`:schooltype`, `:leerjaar`; with `className` only those of `:klas`) with their
    /// names and the per-activity count columns of `columns`.
    static func standingsSQL(_ rules: ObligationGroupRules, className: Bool) -> (
        sql: String, arguments: [String: (any DatabaseValueConvertible)?]
    ) {
        let columns = columns(rules.rules, perActivity: true)
        let sql =
            "SELECT l.leerlingnummer, l.roepnaam, l.tussenvoegsel, l.achternaam, l.klas"
            + columns.sql.map { ",\n       " + $0 }.joined()
            + "\nFROM leerling l WHERE l.schooltype = :schooltype AND l.leerjaar = :leerjaar"
            + (className ? " AND l.klas = :klas COLLATE NOCASE" : "")
        return (sql, columns.arguments)
    }

    /// How many students of a group there are, how many met every rule (`voldaan`; 0 without `met`) and how
    /// many are on schedule with every rule (`op_schema`) on the peildatum. Without `met`, only the rules with
    /// something due are counted.
    static func tallySQL(_ rules: ObligationGroupRules, asOf: LOBDate, met: Bool) -> (
        sql: String, arguments: [String: (any DatabaseValueConvertible)?]
    ) {
        let counted = rules.rules.filter { met || ObligationSchedule.due($0.requirement.required, on: asOf) > 0 }
        let columns = columns(counted, perActivity: false)
        func all(_ threshold: (ObligationRule) -> Int) -> String {
            let conditions = counted.enumerated().compactMap { index, rule -> String? in
                let minimum = threshold(rule)
                return minimum > 0 ? "r\(index) >= \(minimum)" : nil
            }
            return conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        }
        let inner = columns.sql.isEmpty ? ["1"] : columns.sql.enumerated().map { "\($1) AS r\($0)" }
        // LIMIT -1 keeps the subquery from being flattened, which would count each rule twice.
        let sql = """
            SELECT count(*) AS leerlingen,
                   coalesce(sum(\(met ? all(\.requirement.required) : "0")), 0) AS voldaan,
                   coalesce(sum(\(all { ObligationSchedule.due($0.requirement.required, on: asOf) })), 0) AS op_schema
            FROM (SELECT \(inner.joined(separator: ",\n       "))
                  FROM leerling l WHERE l.schooltype = :schooltype AND l.leerjaar = :leerjaar LIMIT -1)
            """
        return (sql, columns.arguments)
    }

    /// The arguments every one of these queries takes.
    static func groupArguments(_ group: ObligationGroup, asOf: LOBDate) -> [String: (any DatabaseValueConvertible)?] {
        [
            "schooltype": group.schoolType.rawValue, "leerjaar": group.year,
            "start": (ObligationSchedule.firstDay(of: asOf.schoolYear) ?? asOf).description, "until": asOf.description,
        ]
    }
}

/// One student of a group with their count columns, as `obligationStandings` reads them.
struct ObligationStudentCounts: Sendable {
    var number: String
    var givenName: String
    var infix: String
    var surname: String
    var className: String
    /// The per-activity count columns of `ObligationGroupRules`, in the order of its rules.
    var counts: [Int]

    /// "Zoë 't Hart"
    var fullName: String { Student.fullName(given: givenName, infix: infix, surname: surname) }
}

/// How many students of a group there are, met every rule and are on schedule.
struct ObligationTally: Sendable {
    var group: ObligationGroup
    var students: Int
    var met: Int
    var onTrack: Int
}

extension StoreTransaction {
    /// Reads, one row at a time, the students of a group (optionally of one class) with how far each is with
    /// the group's rules on `asOf`, counted in SQL.
    func obligationStandings(
        _ rules: ObligationGroupRules, asOf: LOBDate, className: String? = nil,
        _ body: (ObligationStudentCounts) throws(LOBError) -> Void
    ) throws(LOBError) {
        let (sql, columnArguments) = ObligationSchema.standingsSQL(rules, className: className != nil)
        var arguments = ObligationSchema.groupArguments(rules.group, asOf: asOf).merging(columnArguments) { $1 }
        if let className { arguments["klas"] = className }
        let width = rules.columnCount(perActivity: true)
        try perform {
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            var student = ObligationStudentCounts(
                number: "", givenName: "", infix: "", surname: "", className: "",
                counts: Array(repeating: 0, count: width))
            while let row = try cursor.next() {
                student.number = row[0]
                student.givenName = row[1]
                student.infix = row[2]
                student.surname = row[3]
                student.className = row[4]
                for column in 0..<width { student.counts[column] = row[5 + column] }
                try body(student)
            }
        }
    }

    /// Per group with rules, in school-type and leerjaar order: how many students there are, how many met every
    /// rule (with `met`; else 0) and how many are on schedule on `asOf`, counted in SQL.
    func obligationTallies(_ rules: [ObligationRule], asOf: LOBDate, met: Bool) throws(LOBError) -> [ObligationTally] {
        try ObligationGroupRules.grouped(rules).map { rules throws(LOBError) in
            let (sql, columnArguments) = ObligationSchema.tallySQL(rules, asOf: asOf, met: met)
            let arguments = ObligationSchema.groupArguments(rules.group, asOf: asOf).merging(columnArguments) { $1 }
            return try perform {
                let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments))
                return ObligationTally(
                    group: rules.group, students: row?["leerlingen"] ?? 0, met: row?["voldaan"] ?? 0,
                    onTrack: row?["op_schema"] ?? 0)
            }
        }
    }
}
