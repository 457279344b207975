import Foundation

/// How several `beleid` verbs read their text.
enum PolicyFlags {
    /// The words of a variadic text, joined by spaces; a usage error when they hold nothing but blanks.
    static func text(_ arguments: Arguments, _ name: String) throws(LOBError) -> String {
        let text = arguments.texts(name).joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw LOBError.usage(.policyEmptyText, name.uppercased(), at: arguments.span(name)) }
        return text
    }
}
