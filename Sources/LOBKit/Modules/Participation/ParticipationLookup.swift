import Foundation

/// The catalogue and the roster that participation commands check codes and numbers against, read once
/// per command, with a did-you-mean for what is not there.
struct ParticipationLookup {
    private let activitiesByCode: [String: Activity]
    private let codes: [String]
    private let studentsByNumber: [String: Student]
    private let numbers: [String]

    init(_ store: StoreTransaction) throws(LOBError) {
        let activities = try store.activities()
        // Codes are unique without regard to case (the column is COLLATE NOCASE).
        activitiesByCode = Dictionary(
            activities.map { ($0.code.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        codes = activities.map(\.code)
        let students = try store.students(StudentQuery())
        studentsByNumber = Dictionary(students.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        numbers = students.map(\.number).sorted()
    }

    /// The activity with this code in any case, else the one activity with this name (as sign-up lists
    /// from elsewhere write it).
    func activity(_ code: String) -> Activity? {
        let key = code.trimmingCharacters(in: .whitespaces)
        if let activity = activitiesByCode[key.lowercased()] { return activity }
        let named = activitiesByCode.values.filter { Value.compareText($0.name, key) == .orderedSame }
        return named.count == 1 ? named.first : nil
    }

    /// The student with this number.
    func student(_ number: String) -> Student? {
        studentsByNumber[number.trimmingCharacters(in: .whitespaces)]
    }

    /// Why `code` names no activity, with the nearest code when there is one.
    func unknownActivity(_ code: String) -> Message {
        if let suggestion = Suggestion.closest(to: code, in: codes) {
            return Message(.participationUnknownActivitySuggest, code, suggestion)
        }
        return Message(.participationUnknownActivity, code)
    }

    /// Why `number` names no student, with the nearest number (and whose it is) when there is one.
    func unknownStudent(_ number: String) -> Message {
        if let suggestion = Suggestion.closest(to: number, in: numbers), let student = studentsByNumber[suggestion] {
            return Message(
                .participationUnknownStudentSuggest, number, "\(suggestion) (\(ParticipationLookup.describe(student)))")
        }
        return Message(.unknownStudent, number)
    }

    /// The activity `code` names, or an error that says which code and suggests a near one.
    func checkedActivity(_ code: String, at span: SourceSpan) throws(LOBError) -> Activity {
        guard let activity = activity(code) else { throw LOBError(.failed, unknownActivity(code), at: span) }
        return activity
    }

    /// The student `number` names, or an error that says which number and suggests a near one.
    func checkedStudent(_ number: String, at span: SourceSpan) throws(LOBError) -> Student {
        guard let student = student(number) else { throw LOBError(.failed, unknownStudent(number), at: span) }
        return student
    }

    /// `Zoë Jansen, H4A`
    static func describe(_ student: Student) -> String {
        student.className.isEmpty ? student.fullName : "\(student.fullName), \(student.className)"
    }

    /// Participations in reading order: by date, then activity, class and name.
    func sorted(_ participations: [Participation]) -> [Participation] {
        participations.sorted { left, right in
            if left.date != right.date { return left.date < right.date }
            let leftStudent = studentsByNumber[left.studentNumber]
            let rightStudent = studentsByNumber[right.studentNumber]
            for (a, b) in [
                (left.activityCode, right.activityCode),
                (leftStudent?.className ?? "", rightStudent?.className ?? ""),
                (leftStudent?.surname ?? "", rightStudent?.surname ?? ""),
                (leftStudent?.givenName ?? "", rightStudent?.givenName ?? ""),
                (left.studentNumber, right.studentNumber),
            ] {
                let order = Value.compareText(a, b)
                if order != .orderedSame { return order == .orderedAscending }
            }
            return false
        }
    }

    /// Who an activity is meant for: `havo, vwo in leerjaar 4, 5, 6`.
    static func audience(of activity: Activity, in language: UILanguage) -> String {
        let types =
            activity.schoolTypes.isEmpty
            ? Message(.participationAllSchoolTypes).text(language)
            : activity.schoolTypes.map(\.rawValue).joined(separator: ", ")
        return Message(.participationAudience, types, activity.years.map(String.init).joined(separator: ", "))
            .text(language)
    }
}
