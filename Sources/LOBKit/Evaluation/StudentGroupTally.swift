/// Counts students per group (school type and leerjaar, or leerjaar) and yes/no, for aggregate sources.
///
/// Groups come from the roster as it is now: a past school year's table counts today's students.
struct StudentGroupTally {
    /// How the rows of the table are grouped.
    enum Grouping {
        /// `havo 4`: school type and leerjaar.
        case schoolTypeAndYear
        /// `4`: leerjaar only.
        case year

        var dimension: String {
            switch self {
            case .schoolTypeAndYear: "schooltype-leerjaar"
            case .year: "leerjaar"
            }
        }

        func label(_ student: Student) -> String {
            switch self {
            case .schoolTypeAndYear: "\(student.schoolType.rawValue) \(student.year)"
            case .year: String(student.year)
            }
        }
    }

    var grouping: Grouping
    /// The column names for yes and no, such as `wel` and `niet`.
    var columns: (yes: String, no: String)

    /// The table: one row per group that has students, in school-type and leerjaar order, with both columns.
    func table(id: String, title: Localized, students: [Student], isYes: (Student) -> Bool) -> AggregateTable {
        let sorted = students.sorted { ($0.schoolType, $0.year) < ($1.schoolType, $1.year) }
        var rows: [String] = []
        var yes: [String: Int] = [:]
        var no: [String: Int] = [:]
        for student in sorted {
            let label = grouping.label(student)
            if yes[label] == nil, no[label] == nil { rows.append(label) }
            if isYes(student) {
                yes[label, default: 0] += 1
                no[label, default: 0] += 0
            } else {
                no[label, default: 0] += 1
                yes[label, default: 0] += 0
            }
        }
        let cells = rows.flatMap { row in
            [
                AggregateCell(row: row, column: columns.yes, count: CountRange(yes[row] ?? 0)),
                AggregateCell(row: row, column: columns.no, count: CountRange(no[row] ?? 0)),
            ]
        }
        return AggregateTable(
            id: id, title: title, rowDimension: grouping.dimension, columnDimension: "\(columns.yes)-\(columns.no)",
            cells: cells)
    }

    /// The table from counts made elsewhere (in SQL): one row per group, in the order given, with both columns.
    func table(id: String, title: Localized, counts: [(row: String, yes: Int, no: Int)]) -> AggregateTable {
        AggregateTable(
            id: id, title: title, rowDimension: grouping.dimension, columnDimension: "\(columns.yes)-\(columns.no)",
            cells: counts.flatMap { count in
                [
                    AggregateCell(row: count.row, column: columns.yes, count: CountRange(count.yes)),
                    AggregateCell(row: count.row, column: columns.no, count: CountRange(count.no)),
                ]
            })
    }
}
