/// A candidate for Tab: the text that replaces the word, and what the list of candidates shows.
public struct Completion: Sendable, Equatable {
    public var text: String
    /// Shown in the list when it differs from `text` (`1042  Zoë Jansen, H4A`).
    public var display: String

    /// Whether a module's hook found it (already matched to what was typed, perhaps by name).
    var isLive = false

    public init(_ text: String, display: String? = nil) {
        self.text = text
        self.display = display ?? text
    }

    init(_ text: String, display: String, isLive: Bool) {
        self.text = text
        self.display = display
        self.isLive = isLive
    }
}
