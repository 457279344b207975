/// A user-facing message: a catalogue key and the values for its `{1}`, `{2}`… placeholders.
public struct Message: Sendable, Equatable {
    public let key: MessageKey
    public let arguments: [String]

    public init(_ key: MessageKey, _ arguments: String...) {
        self.key = key
        self.arguments = arguments
    }

    public init(_ key: MessageKey, arguments: [String]) {
        self.key = key
        self.arguments = arguments
    }

    /// The message in `language`, placeholders filled in.
    public func text(_ language: UILanguage) -> String {
        var text = MessageCatalog.template(for: key, in: language)
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
