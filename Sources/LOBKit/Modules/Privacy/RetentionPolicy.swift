/// How long personal data is kept after a student leaves: N years (2 unless the school stored another period
/// with `privacy bewaartermijn N`), counted from the leaving date.
///
/// A student on the roster left on their `vertrokken` date (`leerling vertrek`); an alumnus the school only
/// knows from its own doorstroom records left on 31 July of their cohort (the exam year).
struct RetentionPolicy: Equatable {
    static let standardYears = 2
    static let allowedYears = 1...100

    let years: Int
    let today: LOBDate

    /// Whoever left before this day left more than `years` years ago.
    var cutoff: LOBDate { today.adding(months: -12 * years) }

    /// The newest cohort whose alumni left before the cutoff.
    var lastExpiredCohort: Int {
        let leftOn = LOBDate(year: cutoff.year, month: 7, day: 31)
        return leftOn.map { $0 < cutoff } == true ? cutoff.year : cutoff.year - 1
    }

    /// The school's policy as it stands on `today`.
    static func current(in store: StoreTransaction, today: LOBDate) throws(LOBError) -> RetentionPolicy {
        RetentionPolicy(years: try store.storedRetentionYears() ?? standardYears, today: today)
    }
}

/// One student whose retention period is over: when they left, and their rows per table.
struct ExpiredStudent: Equatable {
    var number: String
    var left: LOBDate
    var rows: [PersonalRows]
}

extension RetentionPolicy {
    /// Every student whose retention period is over and of whom the database still holds something, by number.
    func expiredStudents(in store: StoreTransaction) throws(LOBError) -> [ExpiredStudent] {
        var left: [String: LOBDate] = [:]
        for student in try store.studentsWhoLeft(before: cutoff) { left[student.number] = student.left }
        let leftRoster = Set(left.keys)
        for alumnus in try store.namedAlumni(upToCohort: lastExpiredCohort) where left[alumnus.number] == nil {
            // An alumnus still on the roster without a leaving date is not known to have left: only their
            // doorstroom record goes (below); the roster row waits for `leerling vertrek`.
            if let date = LOBDate(year: alumnus.cohort, month: 7, day: 31) { left[alumnus.number] = date }
        }
        var expired: [ExpiredStudent] = []
        for number in left.keys.sorted() {
            guard let date = left[number] else { continue }
            var rows = try store.personalRows(of: number)
            if !leftRoster.contains(number) {
                rows = rows.filter { $0.table == "doorstroom_leerling" }
            }
            if !rows.isEmpty { expired.append(ExpiredStudent(number: number, left: date, rows: rows)) }
        }
        return expired
    }

    /// Removes what `expiredStudents(in:)` found: the roster row with everything that refers to it, and the
    /// student number from the doorstroom records. Returns the rows removed or made anonymous.
    func purge(_ students: [ExpiredStudent], in store: StoreTransaction) throws(LOBError) -> Int {
        var count = 0
        for student in students {
            if student.rows.contains(where: { $0.table == "leerling" }) {
                _ = try store.deleteStudent(number: student.number)
            }
            _ = try store.anonymizeAlumni(studentNumber: student.number)
            count += student.rows.reduce(0) { $0 + $1.rows }
        }
        return count
    }
}
