import LOBKit

/// `vo-ho.studiekeuzecheck` for `evaluatie export`: final-year havo and vwo students (rows: schooltype) by where they
/// stand with the studiekeuzecheck (columns: not registered, registered late, registered without advice so far, and
/// each advice). Counts are raw: the export suppresses centrally. Like the indicator, it counts today's roster of
/// havo 5 and vwo 6 against the 1 May of the school year asked for.
struct CheckAggregate: AggregateSource {
    let id = "vo-ho.studiekeuzecheck"

    static let columns = ["niet-aangemeld", "na-1-mei", "geen-advies"] + Advice.names

    func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
        guard try store.hasRegistrations() else { return [] }
        let students = try store.finalYearStudents()
        guard !students.isEmpty else { return [] }
        let deadline = try RegistrationDeadline(request.schoolYear)
        var counts: [String: [String: Int]] = [:]
        for student in students {
            counts[student.schoolType, default: [:]][Self.column(student, deadline: deadline), default: 0] += 1
        }
        var cells: [AggregateCell] = []
        for type in ["havo", "vwo"] {
            for column in Self.columns {
                cells.append(
                    AggregateCell(row: type, column: column, count: CountRange(counts[type]?[column] ?? 0)))
            }
        }
        return [
            AggregateTable(
                id: "vo-ho.studiekeuzecheck-per-schooltype-\(request.schoolYear.startYear + 1)",
                title: Localized(
                    nl: "Aanmelding en advies studiekeuzecheck per schooltype, examenjaar \(request.schoolYear)",
                    en: "Registration and study choice check advice per school type, exam year \(request.schoolYear)"),
                rowDimension: "schooltype", columnDimension: "studiekeuzecheck", cells: cells)
        ]
    }

    /// The column a student counts in.
    static func column(_ student: FinalYearStudent, deadline: RegistrationDeadline) -> String {
        guard let registration = student.registration, registration.date >= deadline.firstDay else {
            return "niet-aangemeld"
        }
        if registration.date > deadline.date { return "na-1-mei" }
        return registration.advice?.rawValue ?? "geen-advies"
    }
}
