/// How output looks on the screen: the everyday look, or one for a projector in a workshop room.
///
/// `zet thema presentatie` (English `set theme presentation`) switches; files and `naar` never follow it.
public enum Theme: String, Sendable, CaseIterable {
    /// Bold headers, errors in bold red with a bold green caret.
    case standard = "standaard"
    /// For a projector: bold and plain only (red, green and every dim or yellow shade fade on a beamer),
    /// wider gaps between table columns, and an empty line after each statement's output.
    case presentation = "presentatie"

    /// The theme a name stands for, Dutch or English.
    public init?(name: String) {
        switch name.lowercased() {
        case "standaard", "default", "standard": self = .standard
        case "presentatie", "presentation": self = .presentation
        default: return nil
        }
    }

    /// The names `zet thema` accepts, English ones included.
    public static let names = ["standaard", "presentatie", "default", "presentation"]

    /// The blanks between two columns of an aligned table.
    var columnGap: String { self == .presentation ? "    " : "  " }

    /// The escape sequence that starts an error's label.
    var errorStyle: String { self == .presentation ? "\u{1B}[1m" : "\u{1B}[1;31m" }

    /// The escape sequence that starts the caret under a wrong word.
    var caretStyle: String { self == .presentation ? "\u{1B}[1m" : "\u{1B}[1;32m" }
}
