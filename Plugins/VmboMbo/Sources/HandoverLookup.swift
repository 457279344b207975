import Foundation
import LOBKit

/// Finds the students the handover is about, with errors that say why a number is not one of them.
enum HandoverLookup {
    /// The final-year vmbo student with this number.
    static func student(_ number: String, in store: StoreTransaction, at span: SourceSpan) throws(LOBError)
        -> HandoverStudent
    {
        if let student = try store.handoverStudents(number: number).first { return student }
        if let entry = try store.rosterEntry(number: number) {
            throw LOBError(
                .failed,
                Message(HandoverText.notFinalYearVmbo, number, entry.fullName, entry.schoolType, String(entry.year)),
                at: span)
        }
        throw LOBError(.failed, Message(HandoverText.unknownStudent, number), at: span)
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

    /// The consent column of a list: who gave it, `ingetrokken`, or `geen`.
    static func consentCell(_ student: HandoverStudent) -> Value {
        guard let consent = student.consent else { return .text("geen") }
        return .text(consent.withdrawn ? "ingetrokken" : consent.giver.rawValue)
    }

    /// A date, or an empty cell.
    static func dateCell(_ date: LOBDate?) -> Value { date.map(Value.date) ?? .nothing }

    /// Refuses a date after today (an application or a consent cannot have happened yet).
    static func checkNotFuture(_ date: LOBDate, today: LOBDate, flag: String, at span: SourceSpan) throws(LOBError) {
        if date > today {
            throw LOBError(
                .usage, Message(HandoverText.dateInFuture, flag, date.description, today.description), at: span)
        }
    }
}
