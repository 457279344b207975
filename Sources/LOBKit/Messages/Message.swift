/// A user-facing message: a catalogue key and the values for its `{1}`, `{2}`… placeholders.
public struct Message: Sendable, Equatable {
    public let key: MessageKey
    public let arguments: [String]
    /// A module's own template (key `.moduleMessage`): network modules cannot add catalogue keys.
    public let template: Localized?

    public init(_ key: MessageKey, _ arguments: String...) {
        self.key = key
        self.arguments = arguments
        self.template = nil
    }

    public init(_ key: MessageKey, arguments: [String]) {
        self.key = key
        self.arguments = arguments
        self.template = nil
    }

    /// A module's own message: its template in both languages, with `{1}`, `{2}`… placeholders.
    public init(_ template: Localized, _ arguments: String...) {
        self.key = .moduleMessage
        self.arguments = arguments
        self.template = template
    }

    /// A module's own message with its arguments as an array.
    public init(_ template: Localized, arguments: [String]) {
        self.key = .moduleMessage
        self.arguments = arguments
        self.template = template
    }

    /// The message in `language`, placeholders filled in.
    public func text(_ language: UILanguage) -> String {
        var text = template?.text(language) ?? MessageCatalog.template(for: key, in: language)
        for (index, argument) in arguments.enumerated().reversed() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return text
    }
}

/// The catalogue of message templates in both languages.
public enum MessageCatalog {
    /// The template for `key`; a missing template shows the key, and a test keeps that from happening.
    public static func template(for key: MessageKey, in language: UILanguage) -> String {
        let table = language == .english ? english : dutch
        return table[key] ?? key.rawValue
    }
}
