import Foundation

/// Formats an error as lobsh prints it: `file:line:column: fout: message`, the line, and a caret.
public struct ErrorFormatter {
    public let language: UILanguage
    public let colour: Bool

    public init(language: UILanguage, colour: Bool) {
        self.language = language
        self.colour = colour
    }

    public func format(_ error: LOBError) -> String {
        let label = Message(.errorLabel).text(language)
        let styledLabel = colour ? "\u{1B}[1;31m\(label):\u{1B}[0m" : "\(label):"
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
                text += "  \(line)\n  \(colour ? "\u{1B}[1;32m\(caret)\u{1B}[0m" : caret)\n"
            }
        }
        for detail in error.details {
            text += "  \(detail.text(language))\n"
        }
        return text
    }
}
