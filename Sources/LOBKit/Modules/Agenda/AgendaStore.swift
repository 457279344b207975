import GRDB

/// A school's judgement of one norm in one school year, as recorded at one moment.
public struct Assessment: Sendable, Equatable {
    public var id: Int64
    public var norm: String
    public var schoolYear: SchoolYear
    public var status: AssessmentStatus
    public var evidence: [String]
    public var note: String
    public var assessor: String
    public var assessedOn: LOBDate
}

/// The agenda module's tables and queries; all of its SQL is here.
enum AgendaSchema {
    static let migrations = [
        Migration(
            "v1-beoordelingen",
            sql: """
                CREATE TABLE agenda_beoordeling (
                    id INTEGER PRIMARY KEY,
                    norm TEXT NOT NULL,
                    schooljaar INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('niet-gestart', 'in-ontwikkeling', 'gerealiseerd')),
                    notitie TEXT NOT NULL DEFAULT '',
                    door TEXT NOT NULL DEFAULT '',
                    datum TEXT NOT NULL
                );
                CREATE INDEX agenda_beoordeling_jaar ON agenda_beoordeling(schooljaar, norm, id);
                CREATE TABLE agenda_bewijs (
                    beoordeling_id INTEGER NOT NULL REFERENCES agenda_beoordeling(id) ON DELETE CASCADE,
                    volgorde INTEGER NOT NULL,
                    tekst TEXT NOT NULL,
                    PRIMARY KEY (beoordeling_id, volgorde)
                );
                """)
    ]
}

extension StoreTransaction {
    /// Records a new assessment; earlier ones stay as its history.
    func addAssessment(_ assessment: Assessment) throws(LOBError) {
        try perform {
            try db.execute(
                sql:
                    "INSERT INTO agenda_beoordeling (norm, schooljaar, status, notitie, door, datum) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    assessment.norm, assessment.schoolYear.startYear, assessment.status.rawValue, assessment.note,
                    assessment.assessor, assessment.assessedOn.description,
                ])
            let id = db.lastInsertedRowID
            for (order, text) in assessment.evidence.enumerated() {
                try db.execute(
                    sql: "INSERT INTO agenda_bewijs (beoordeling_id, volgorde, tekst) VALUES (?, ?, ?)",
                    arguments: [id, order, text])
            }
        }
    }

    /// Every assessment, oldest first, optionally of one norm or one school year.
    func assessments(norm: String? = nil, schoolYear: SchoolYear? = nil) throws(LOBError) -> [Assessment] {
        var filter = SQLFilter()
        filter.add("norm = ?", norm)
        filter.add("schooljaar = ?", schoolYear?.startYear)
        return try perform {
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT id, norm, schooljaar, status, notitie, door, datum FROM agenda_beoordeling"
                    + filter.whereClause + " ORDER BY id", arguments: filter.arguments)
            var evidence: [Int64: [String]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT beoordeling_id, tekst FROM agenda_bewijs ORDER BY beoordeling_id, volgorde")
            {
                evidence[row["beoordeling_id"], default: []].append(row["tekst"])
            }
            return rows.compactMap { row -> Assessment? in
                guard let status = AssessmentStatus(rawValue: row["status"]),
                    let date = LOBDate(parsing: row["datum"])
                else { return nil }
                let id: Int64 = row["id"]
                return Assessment(
                    id: id, norm: row["norm"], schoolYear: SchoolYear(validStartYear: row["schooljaar"]),
                    status: status, evidence: evidence[id] ?? [], note: row["notitie"], assessor: row["door"],
                    assessedOn: date)
            }
        }
    }

    /// The latest assessment of each norm in a school year.
    func currentAssessments(_ schoolYear: SchoolYear) throws(LOBError) -> [String: Assessment] {
        var current: [String: Assessment] = [:]
        for assessment in try assessments(schoolYear: schoolYear) { current[assessment.norm] = assessment }
        return current
    }

    /// The school years that have assessments, newest first.
    func assessedSchoolYears() throws(LOBError) -> [SchoolYear] {
        try perform {
            try Int.fetchAll(db, sql: "SELECT DISTINCT schooljaar FROM agenda_beoordeling ORDER BY schooljaar DESC")
                .map { SchoolYear(validStartYear: $0) }
        }
    }
}
