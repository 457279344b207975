/// The language lobsh speaks: Dutch by default, English on request.
public enum UILanguage: String, Sendable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    /// The language `LANG`/`LC_ALL`/`LC_MESSAGES`/`LANGUAGE` ask for: English for `en*`, else Dutch.
    public static func fromEnvironment(_ environment: [String: String]) -> UILanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            if value.hasPrefix("en") { return .english }
            if value.hasPrefix("nl") { return .dutch }
            if value == "C" || value == "POSIX" || value.hasPrefix("C.") { continue }
            return .dutch
        }
        return .dutch
    }
}

/// A text in both of lobsh's languages, for help and descriptions declared next to the code.
public struct Localized: Sendable, Hashable {
    public let dutch: String
    public let english: String

    public init(nl dutch: String, en english: String) {
        self.dutch = dutch
        self.english = english
    }

    public func text(_ language: UILanguage) -> String {
        language == .english ? english : dutch
    }
}
