import Foundation

/// Formats an error as lobsh prints it: `file:line:column: fout: message`, the line, and a caret.
public struct ErrorFormatter {
    public let language: UILanguage
    public let colour: Bool
    /// The presentation theme keeps to bold: red and green fade on a projector.
    public let theme: Theme

    public init(language: UILanguage, colour: Bool, theme: Theme = .standard) {
        self.language = language
        self.colour = colour
        self.theme = theme
    }

    public func format(_ error: LOBError) -> String {
        let label = Message(.errorLabel).text(language)
        let styledLabel = colour ? "\(theme.errorStyle)\(label):\u{1B}[0m" : "\(label):"
        var prefix = ""
        if let span = error.span, span.source.name != nil || span.source.firstLine > 1 {
            prefix = span.locationText + ": "
        }
        var text = "\(prefix)\(styledLabel) \(error.message.text(language))"
        if let cause = error.cause, !cause.isEmpty { text += " (\(cause))" }
        text += "\n"
        if let span = error.span {
            let (line, caret) = span.caretLines
            if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                text += "  \(line)\n  \(colour ? "\(theme.caretStyle)\(caret)\u{1B}[0m" : caret)\n"
            }
        }
        for detail in error.details {
            text += "  \(detail.text(language))\n"
        }
        return text
    }
}
