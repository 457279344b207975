/// Turns tokens into pipelines, one per statement (line or `;`).
public struct Parser {
    /// Commands whose arguments form an expression (`waar leerjaar > 3`), where `>` compares.
    public let expressionCommands: Set<String>

    /// Words that stay reserved for the control flow recipes will get (`voor`, `als`, `anders`).
    public static let reservedWords: Set<String> = ["voor", "als", "anders", "for", "if", "else"]

    public init(expressionCommands: Set<String>) {
        self.expressionCommands = expressionCommands
    }

    /// Parses a whole source into its statements.
    public func parse(_ source: Source) throws(LOBError) -> [Pipeline] {
        var lexer = Lexer(source: source)
        let tokens = try lexer.tokenize()
        var pipelines: [Pipeline] = []
        var index = 0
        while index < tokens.count {
            if case .separator = tokens[index] {
                index += 1
                continue
            }
            pipelines.append(try parsePipeline(tokens, &index))
        }
        return pipelines
    }

    /// Whether `text` is a complete input or continues on a next line (open quote, trailing `\` or `|`,
    /// open `{`), for the line reader. Errors other than an open end count as complete.
    public func isComplete(_ text: String) -> Bool {
        let source = Source(name: nil, text: text)
        var lexer = Lexer(source: source)
        let tokens: [Token]
        do {
            tokens = try lexer.tokenize()
        } catch {
            return error.message.key != .unterminatedQuote && error.message.key != .badVariableReference
        }
        var trimmed = Substring(text)
        while let last = trimmed.last, last == " " || last == "\t" || last == "\n" || last == "\r" {
            trimmed = trimmed.dropLast()
        }
        if trimmed.hasSuffix("\\") { return false }
        var depth = 0
        for token in tokens {
            if case .openBrace = token { depth += 1 }
            if case .closeBrace = token { depth -= 1 }
        }
        if depth > 0 { return false }
        let meaningful = tokens.last { if case .separator = $0 { return false } else { return true } }
        if case .pipe = meaningful { return false }
        return true
    }

    private func parsePipeline(_ tokens: [Token], _ index: inout Int) throws(LOBError) -> Pipeline {
        var stages: [CommandCall] = []
        var words: [Word] = []
        var redirection: Redirection?
        let startSpan = tokens[index].span
        var lastSpan = startSpan

        func endStage(at span: SourceSpan) throws(LOBError) {
            guard let first = words.first, let last = words.last else {
                throw LOBError.usage(.emptyPipelineStage, at: span)
            }
            stages.append(CommandCall(words: words, span: first.span.union(last.span)))
            words = []
        }

        loop: while index < tokens.count {
            let token = tokens[index]
            switch token {
            case .separator:
                break loop
            case .word(let word):
                if redirection != nil {
                    throw LOBError.usage(.unexpectedAfterRedirection, at: word.span)
                }
                if words.isEmpty, let name = word.literalText, !word.isQuoted, Parser.reservedWords.contains(name) {
                    throw LOBError.usage(.reservedWord, name, at: word.span)
                }
                words.append(word)
                lastSpan = word.span
                index += 1
            case .pipe(let span):
                if redirection != nil { throw LOBError.usage(.unexpectedAfterRedirection, at: span) }
                try endStage(at: span)
                index += 1
                lastSpan = span
                // A trailing `|` continues the pipeline on the next line.
                while index < tokens.count, case .separator = tokens[index] { index += 1 }
                if index >= tokens.count { throw LOBError.usage(.pipelineEndsInPipe, at: span) }
            case .redirect(let append, let span):
                if !append, isOperatorPosition(words) {
                    words.append(Word(parts: [.literal(">")], span: span, isQuoted: false))
                    index += 1
                    continue
                }
                if redirection != nil { throw LOBError.usage(.unexpectedAfterRedirection, at: span) }
                index += 1
                guard index < tokens.count, case .word(let target) = tokens[index] else {
                    throw LOBError.usage(.redirectionWithoutFile, at: span)
                }
                redirection = Redirection(append: append, target: target, span: span.union(target.span))
                lastSpan = target.span
                index += 1
            case .openBrace(let span), .closeBrace(let span):
                throw LOBError.usage(.bracesNotYetSupported, at: span)
            }
        }
        try endStage(at: lastSpan)
        return Pipeline(stages: stages, redirection: redirection, span: startSpan.union(lastSpan))
    }

    /// In an expression command, `>` at an operator position (`waar leerjaar > 3`) is a comparison.
    private func isOperatorPosition(_ words: [Word]) -> Bool {
        guard let name = words.first?.literalText, expressionCommands.contains(name) else { return false }
        return (words.count - 1) % 4 == 1
    }
}
