import Foundation

/// The flags several `beleid` verbs share, and how their values (with defaults) are read.
enum PolicyFlags {
    static let schoolYear = Flag(
        "schooljaar", aliases: ["school-year"], .schoolYear,
        help: Localized(
            nl: "Het schooljaar, zoals 2025-2026 (standaard het huidige, $schooljaar)",
            en: "The school year, such as 2025-2026 (default the current one, $schooljaar)"))

    static let author = Flag(
        "door", aliases: ["by"], .text,
        help: Localized(
            nl: "Wie het vastlegt (standaard de gebruikersnaam, $USER)",
            en: "Who records it (default the user name, $USER)"))

    /// The `--schooljaar` given, else the session's current school year.
    static func schoolYear(_ arguments: Arguments, _ context: CommandContext) -> SchoolYear {
        arguments.schoolYear("schooljaar") ?? context.schoolYear
    }

    /// The `--door` given, else the user the process runs as (`USER`, `LOGNAME`), else empty.
    static func author(_ arguments: Arguments) -> String {
        if let author = arguments.text("door") { return author.trimmingCharacters(in: .whitespaces) }
        let environment = ProcessInfo.processInfo.environment
        return [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
    }

    /// The words of a variadic text, joined by spaces; a usage error when they hold nothing but blanks.
    static func text(_ arguments: Arguments, _ name: String) throws(LOBError) -> String {
        let text = arguments.texts(name).joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw LOBError.usage(.policyEmptyText, name.uppercased(), at: arguments.span(name)) }
        return text
    }
}
