import GRDB

/// A student in `gesprek zonder`'s list: what the table shows and is sorted by, and the row id.
struct StudentLastConversation {
    var id: Int64
    var number: String
    var givenName: String
    var infix: String
    var surname: String
    var className: String
    var mentor: String
    /// The date of the last conversation, if there was one.
    var last: LOBDate?

    /// "Zoë 't Hart"
    var fullName: String { Student.fullName(given: givenName, infix: infix, surname: surname) }
}

/// How a period's conversations stand, counted in SQL: for the A3 indicators and the yearly report.
struct ConversationCounts: Equatable {
    /// The conversations held.
    var conversations = 0
    /// Their afspraken, those done, and those open past their date on the day asked about.
    var agreements = 0
    var agreementsDone = 0
    var agreementsOverdue = 0

    var agreementsOpen: Int { agreements - agreementsDone }
}

/// The students of one school type and leerjaar, and how many of them had a conversation in a period.
struct ConversationCoverage: Equatable {
    var schoolType: SchoolType
    var year: Int
    var students: Int
    var withConversation: Int
}

/// Who had a conversation in a period, counted in SQL.
struct ConversationCoverages: Equatable {
    /// Per school type and leerjaar, in that order; school types lobsh does not know are left out, as the
    /// roster leaves them out.
    var groups: [ConversationCoverage] = []
    /// The students who had one, of every school type.
    var withConversation = 0
}

extension ConversationSchema {
    /// The students without a conversation since a date (`?`), with their last one: per student one search of the
    /// covering index `gesprek_leerling` for a conversation since the date and, for those without, one for the
    /// last date; only the columns shown. (A `LEFT JOIN` on `max(datum)` grouped per student reads the same index
    /// whole and builds an index on the grouped result: 1.9 against 1.1 s at national scale.)
    /// Students of a school type lobsh does not know are left out, as the roster leaves them out.
    static func withoutSQL(year: Bool, className: Bool) -> String {
        let types = SchoolType.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return """
            SELECT l.id, l.leerlingnummer, l.roepnaam, l.tussenvoegsel, l.achternaam, l.klas, l.mentor,
                   (SELECT max(g.datum) FROM gesprek g WHERE g.leerling_id = l.id) AS laatste
            FROM leerling l
            WHERE NOT EXISTS (SELECT 1 FROM gesprek g WHERE g.leerling_id = l.id AND g.datum >= ?)
                AND l.schooltype IN (\(types))
            """ + (year ? " AND l.leerjaar = ?" : "") + (className ? " AND l.klas = ? COLLATE NOCASE" : "")
    }

    /// The number of conversations of a period (`?` to `?`), from the index `gesprek_datum`.
    static let heldSQL = "SELECT count(*) FROM gesprek WHERE datum >= ? AND datum <= ?"

    /// Whether there was a conversation in a period (`?` to `?`).
    static let anySQL = "SELECT EXISTS (SELECT 1 FROM gesprek WHERE datum >= ? AND datum <= ?)"

    /// The afspraken of a period's conversations: all, done, and open past their date on a day (the first `?`);
    /// from the covering index `gesprek_afspraak_stand`, not the rows with their descriptions, searched in the
    /// order of the conversations' ids (`IN`, not a join in date order, which jumps about the index).
    static let agreementCountsSQL = """
        SELECT count(*) AS afspraken, count(a.klaar) AS klaar,
               coalesce(sum(a.klaar IS NULL AND a.voor IS NOT NULL AND a.voor < ?), 0) AS verlopen
        FROM gesprek_afspraak a
        WHERE a.gesprek_id IN (SELECT id FROM gesprek WHERE datum >= ? AND datum <= ?)
        """

    /// The students per school type and leerjaar, and of them those with a conversation in a period: `EXISTS`
    /// per student on `gesprek_leerling` (rather than `count(DISTINCT leerling_id)` over the period's
    /// conversations, which reads each of their rows: 0.5 against 2 s at national scale).
    static let coverageSQL = """
        SELECT l.schooltype, l.leerjaar, count(*) AS leerlingen,
               sum(EXISTS (SELECT 1 FROM gesprek g WHERE g.leerling_id = l.id AND g.datum >= ? AND g.datum <= ?))
                   AS met
        FROM leerling l
        GROUP BY l.leerjaar, l.schooltype
        """
}

extension StoreTransaction {
    /// The students without a conversation since `since` (and so those without any), with the date of their
    /// last one, in no particular order; narrowed to a leerjaar, a class (without regard to case) and then to
    /// those `keep` keeps. Read with a cursor: only the students kept are held.
    func studentsWithoutConversation(
        since: LOBDate, year: Int?, className: String?, keep: (StudentLastConversation) -> Bool
    ) throws(LOBError) -> [StudentLastConversation] {
        var arguments: [any DatabaseValueConvertible] = [since.description]
        if let year { arguments.append(year) }
        if let className { arguments.append(className) }
        let sql = ConversationSchema.withoutSQL(year: year != nil, className: className != nil)
        return try perform {
            var students: [StudentLastConversation] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let student = StudentLastConversation(
                    id: row[0], number: row[1], givenName: row[2], infix: row[3], surname: row[4], className: row[5],
                    mentor: row[6], last: (row[7] as String?).flatMap(Self.storedDate))
                if keep(student) { students.append(student) }
            }
            return students
        }
    }

    /// Whether a conversation was held from `from` to `until`.
    func hasConversation(from: LOBDate, until: LOBDate) throws(LOBError) -> Bool {
        try perform {
            try Bool.fetchOne(db, sql: ConversationSchema.anySQL, arguments: [from.description, until.description])
                ?? false
        }
    }

    /// A date as the store writes it (`2026-09-01`), read without splitting the text; any other text as
    /// `LOBDate(parsing:)` reads it.
    static func storedDate(_ text: String) -> LOBDate? {
        var text = text
        let date = text.withUTF8 { bytes -> LOBDate? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return LOBDate(year: year, month: month, day: day)
        }
        return date ?? LOBDate(parsing: text)
    }

    /// How the conversations from `from` to `until` stand, their afspraken measured on `day`.
    func conversationCounts(from: LOBDate, until: LOBDate, day: LOBDate) throws(LOBError) -> ConversationCounts {
        try perform {
            var counts = ConversationCounts()
            counts.conversations =
                try Int.fetchOne(db, sql: ConversationSchema.heldSQL, arguments: [from.description, until.description])
                ?? 0
            guard counts.conversations > 0 else { return counts }
            if let row = try Row.fetchOne(
                db, sql: ConversationSchema.agreementCountsSQL,
                arguments: [day.description, from.description, until.description])
            {
                counts.agreements = row["afspraken"]
                counts.agreementsDone = row["klaar"]
                counts.agreementsOverdue = row["verlopen"]
            }
            return counts
        }
    }

    /// The students per school type and leerjaar and how many had a conversation from `from` to `until`.
    func conversationCoverage(from: LOBDate, until: LOBDate) throws(LOBError) -> ConversationCoverages {
        try perform {
            var coverage = ConversationCoverages()
            let rows = try Row.fetchCursor(
                db, sql: ConversationSchema.coverageSQL, arguments: [from.description, until.description])
            while let row = try rows.next() {
                let with: Int = row["met"]
                coverage.withConversation += with
                guard let type = SchoolType(rawValue: row["schooltype"]) else { continue }
                coverage.groups.append(
                    ConversationCoverage(
                        schoolType: type, year: row["leerjaar"], students: row["leerlingen"], withConversation: with))
            }
            coverage.groups.sort { ($0.schoolType, $0.year) < ($1.schoolType, $1.year) }
            return coverage
        }
    }
}
