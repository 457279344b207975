import Testing

@testable import LOBKit

struct LexerTests {
    private func words(_ text: String) throws -> [String] {
        var lexer = Lexer(source: Source(name: nil, text: text))
        return try lexer.tokenize().map { token in
            switch token {
            case .word(let word):
                word.parts.map { part in
                    switch part {
                    case .literal(let text): text
                    case .variable(let name, _, _): "<$\(name)>"
                    }
                }.joined()
            case .pipe: "|"
            case .redirect(let append, _): append ? ">>" : ">"
            case .separator: ";"
            case .openBrace: "{"
            case .closeBrace: "}"
            }
        }
    }

    @Test func blanksSeparateWords() throws {
        #expect(try words("leerling  lijst\t--leerjaar 3") == ["leerling", "lijst", "--leerjaar", "3"])
    }

    @Test func aWordJoinsQuotedAndUnquotedParts() throws {
        #expect(try words("--met mentor:\"J. de Vries\"") == ["--met", "mentor:J. de Vries"])
    }

    @Test func doubleQuotesExpandVariablesAndEscapes() throws {
        #expect(try words(#""a \"b\" \\ $x ${y-z}\n""#) == ["a \"b\" \\ <$x> <$y-z>\n"])
    }

    @Test func singleQuotesAreLiteral() throws {
        #expect(try words("'$x \\n \"q\"'") == ["$x \\n \"q\""])
    }

    @Test func hashStartsACommentOnlyAtAWordStart() throws {
        #expect(try words("echo a#b # comment | x") == ["echo", "a#b"])
    }

    @Test func pipesRedirectionsAndSeparators() throws {
        #expect(try words("a|b > f.csv >> g; c\nd") == ["a", "|", "b", ">", "f.csv", ">>", "g", ";", "c", ";", "d"])
    }

    @Test func comparisonOperatorsAreWords() throws {
        #expect(
            try words("waar x >= 3 en y <= 4 en z < 1") == [
                "waar", "x", ">=", "3", "en", "y", "<=", "4", "en", "z", "<", "1",
            ])
    }

    @Test func backslashNewlineContinuesTheLine() throws {
        #expect(try words("echo a \\\n  b") == ["echo", "a", "b"])
    }

    @Test func quotedNewlinesStayInTheWord() throws {
        #expect(try words("echo 'a\nb'") == ["echo", "a\nb"])
    }

    @Test func aDollarWithoutANameIsLiteral() throws {
        #expect(try words("echo $ 5$") == ["echo", "$", "5$"])
    }

    @Test func anUnterminatedQuotePointsAtTheQuote() throws {
        let source = Source(name: "x.lob", text: "echo ok\necho \"open")
        var lexer = Lexer(source: source)
        #expect {
            _ = try lexer.tokenize()
        } throws: { error in
            guard let error = error as? LOBError else { return false }
            return error.message.key == .unterminatedQuote && error.span?.locationText == "x.lob:2:6"
        }
    }

    @Test func diacriticsSurviveIntact() throws {
        #expect(try words("echo Zoë Özdemir") == ["echo", "Zoë", "Özdemir"])
        #expect(try words("echo \"'t Hart\"") == ["echo", "'t Hart"])
    }

    @Test(arguments: ["\"", "'", "${", "${a b}", "\\", "|", ">", "{", "}}", "\u{0}", "$"])
    func oddInputNeverCrashes(_ text: String) {
        var lexer = Lexer(source: Source(name: nil, text: text))
        _ = try? lexer.tokenize()
    }
}
