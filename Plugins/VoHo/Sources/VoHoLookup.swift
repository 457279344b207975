import Foundation
import LOBKit

/// Finds the students the module is about, with errors that say why a number is not one of them, and small helpers
/// the commands share.
enum VoHoLookup {
    /// The final-year havo or vwo student with this number.
    static func student(_ number: String, in store: StoreTransaction, at span: SourceSpan) throws(LOBError)
        -> FinalYearStudent
    {
        if let student = try store.finalYearStudents(number: number).first { return student }
        if let entry = try store.rosterEntry(number: number) {
            throw LOBError(
                .failed,
                Message(VoHoText.notFinalYear, number, entry.fullName, entry.schoolType, String(entry.year)),
                at: span)
        }
        throw LOBError(.failed, Message(VoHoText.unknownStudent, number), at: span)
    }

    /// The students of one final-year class (case does not count); an unknown class is an error that lists them.
    static func inClass(_ className: String, _ students: [FinalYearStudent], at span: SourceSpan) throws(LOBError)
        -> [FinalYearStudent]
    {
        let found = students.filter { $0.className.lowercased() == className.lowercased() }
        guard found.isEmpty else { return found }
        var classes: [String] = []
        for student in students where !classes.contains(student.className) { classes.append(student.className) }
        throw LOBError(.failed, Message(VoHoText.unknownClass, className, classes.joined(separator: ", ")), at: span)
    }

    /// A text flag's value without surrounding blanks; nil when it was not given or is blank.
    static func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// Whether two institution names are the same one: case and surrounding blanks do not count.
    static func sameInstitution(_ one: String, _ other: String) -> Bool {
        one.trimmingCharacters(in: .whitespaces).lowercased() == other.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// A date, or an empty cell.
    static func dateCell(_ date: LOBDate?) -> Value { date.map(Value.date) ?? .nothing }

    /// Refuses a date after today (a registration, check or conversation cannot have happened yet).
    static func checkNotFuture(_ date: LOBDate, today: LOBDate, flag: String, at span: SourceSpan) throws(LOBError) {
        if date > today {
            throw LOBError(.usage, Message(VoHoText.dateInFuture, flag, date.description, today.description), at: span)
        }
    }

    /// A value as one lobsh word: in double quotes, with `\`, `"` and `$` escaped so nothing is expanded.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "\"", "$": escaped += "\\" + String(character)
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return "\"" + escaped + "\""
    }
}
