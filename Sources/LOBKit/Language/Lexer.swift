/// Splits a source into tokens: words (with quoting and variables), `|`, `>`, `>>`, line ends, braces.
///
/// Written by hand because the language's rules (words joining quoted and unquoted parts, `#` only at
/// a word's start, continuation lines) are small and exact, and errors must point at the source.
public struct Lexer {
    private let source: Source
    private let scalars: [Unicode.Scalar]
    private var index = 0

    public init(source: Source) {
        self.source = source
        self.scalars = source.scalars
    }

    /// All tokens, or an error pointing at what could not be read (an open quote, a bad `${`).
    public mutating func tokenize() throws(LOBError) -> [Token] {
        var tokens: [Token] = []
        while let token = try next() {
            tokens.append(token)
        }
        return tokens
    }

    private func span(_ start: Int, _ end: Int) -> SourceSpan {
        SourceSpan(source: source, start: start, end: end)
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let position = index + offset
        return position < scalars.count ? scalars[position] : nil
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
    }

    private static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        isBlank(scalar) || scalar == "\n" || scalar == "|" || scalar == ";" || scalar == ">"
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    private mutating func next() throws(LOBError) -> Token? {
        // Blanks, comments and escaped line ends between tokens.
        while let scalar = peek() {
            if Lexer.isBlank(scalar) {
                index += 1
            } else if scalar == "\\", peek(1) == "\n" || (peek(1) == "\r" && peek(2) == "\n") {
                index += peek(1) == "\n" ? 2 : 3
            } else if scalar == "#" {
                while let inComment = peek(), inComment != "\n" { index += 1 }
            } else {
                break
            }
        }
        guard let scalar = peek() else { return nil }
        let start = index
        switch scalar {
        case "\n", ";":
            index += 1
            return .separator(span(start, index))
        case "|":
            index += 1
            return .pipe(span(start, index))
        case ">":
            if peek(1) == "=" { return .word(try readWord()) }
            index += peek(1) == ">" ? 2 : 1
            return .redirect(append: index - start == 2, span(start, index))
        case "{" where peek(1).map({ Lexer.endsWord($0) }) ?? true:
            index += 1
            return .openBrace(span(start, index))
        case "}" where peek(1).map({ Lexer.endsWord($0) }) ?? true:
            index += 1
            return .closeBrace(span(start, index))
        default:
            return .word(try readWord())
        }
    }

    private mutating func readWord() throws(LOBError) -> Word {
        let start = index
        var parts: [Word.Part] = []
        var literal = ""
        var quoted = false

        func flush() {
            if !literal.isEmpty {
                parts.append(.literal(literal))
                literal = ""
            }
        }

        while let scalar = peek() {
            if scalar == ">", index == start, peek(1) == "=" {
                literal += ">="
                index += 2
                continue
            }
            if Lexer.endsWord(scalar) { break }
            switch scalar {
            case "'":
                quoted = true
                let quoteStart = index
                index += 1
                while true {
                    guard let inner = peek() else {
                        throw LOBError.usage(.unterminatedQuote, "'", at: span(quoteStart, quoteStart + 1))
                    }
                    index += 1
                    if inner == "'" { break }
                    literal.unicodeScalars.append(inner)
                }
            case "\"":
                quoted = true
                let quoteStart = index
                index += 1
                while true {
                    guard let inner = peek() else {
                        throw LOBError.usage(.unterminatedQuote, "\"", at: span(quoteStart, quoteStart + 1))
                    }
                    if inner == "\"" {
                        index += 1
                        break
                    } else if inner == "\\", let escaped = peek(1) {
                        index += 2
                        switch escaped {
                        case "n": literal += "\n"
                        case "t": literal += "\t"
                        case "\"", "\\", "$": literal.unicodeScalars.append(escaped)
                        case "\n": break
                        default:
                            literal += "\\"
                            literal.unicodeScalars.append(escaped)
                        }
                    } else if inner == "$", let variable = try readVariable() {
                        flush()
                        parts.append(variable)
                    } else {
                        index += 1
                        literal.unicodeScalars.append(inner)
                    }
                }
            case "\\":
                if let escaped = peek(1) {
                    index += 2
                    if escaped != "\n" { literal.unicodeScalars.append(escaped) }
                } else {
                    index += 1
                }
            case "$":
                if let variable = try readVariable() {
                    flush()
                    parts.append(variable)
                } else {
                    index += 1
                    literal += "$"
                }
            default:
                index += 1
                literal.unicodeScalars.append(scalar)
            }
        }
        flush()
        if parts.isEmpty { parts.append(.literal("")) }
        return Word(parts: parts, span: span(start, index), isQuoted: quoted)
    }

    /// Reads `$name` or `${name}` at the current `$`; nil (consuming nothing) when no name follows.
    private mutating func readVariable() throws(LOBError) -> Word.Part? {
        let start = index
        if peek(1) == "{" {
            var position = index + 2
            var name = String.UnicodeScalarView()
            while position < scalars.count, scalars[position] != "}" {
                // `.` for a column of a loop's row: `${rij.klas}`.
                guard Lexer.isNameScalar(scalars[position]) || scalars[position] == "-" || scalars[position] == "."
                else {
                    throw LOBError.usage(.badVariableReference, at: span(start, position + 1))
                }
                name.append(scalars[position])
                position += 1
            }
            guard position < scalars.count, !name.isEmpty else {
                throw LOBError.usage(.badVariableReference, at: span(start, position))
            }
            index = position + 1
            return .variable(String(name), start: start, end: index)
        }
        var position = index + 1
        var name = String.UnicodeScalarView()
        while position < scalars.count, Lexer.isNameScalar(scalars[position]) {
            name.append(scalars[position])
            position += 1
        }
        guard !name.isEmpty else { return nil }
        index = position
        return .variable(String(name), start: start, end: index)
    }
}
