import Foundation

/// Flags that mean the same in every module, declared once.
public enum SharedFlags {
    /// `--schooljaar 2025-2026`, defaulting to the current school year.
    public static let schoolYear = Flag(
        "schooljaar", aliases: ["school-year"], .schoolYear,
        help: Localized(
            nl: "Het schooljaar, zoals 2025-2026 (standaard het huidige, $schooljaar)",
            en: "The school year, such as 2025-2026 (default the current one, $schooljaar)"))

    /// `--door NAAM`: who records something, defaulting to `$door` (set it in init.lob) or the user name.
    public static let author = Flag(
        "door", aliases: ["by"], .text,
        help: Localized(
            nl: "Wie het vastlegt (standaard $door, bijvoorbeeld uit init.lob, anders de gebruikersnaam)",
            en: "Who records it (default $door, for instance from init.lob, else the user name)"))
}

extension CommandContext {
    /// The `--schooljaar` given, else the current school year.
    public func schoolYear(_ arguments: Arguments) -> SchoolYear {
        arguments.schoolYear("schooljaar") ?? schoolYear
    }

    /// The `--door` given, else `$door`, else the user the process runs as, else empty.
    public func author(_ arguments: Arguments) -> String {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [
            arguments.text("door"), session.variable("door"), environment["USER"], environment["LOGNAME"],
        ]
        return candidates.compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? ""
    }
}
