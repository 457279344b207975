/// Turns tokens into statements: pipelines (one per line or `;`) and the blocks of `voor` and `als`.
public struct Parser {
    /// Commands whose arguments form an expression (`waar leerjaar > 3`), where `>` compares.
    public let expressionCommands: Set<String>

    /// `voor rij in (…) { … }`, Dutch and English.
    static let loopWords: Set<String> = ["voor", "for"]
    /// `als … { … }`.
    static let ifWords: Set<String> = ["als", "if"]
    /// `} anders { … }`.
    static let elseWords: Set<String> = ["anders", "else"]

    /// Words that start a block and so cannot name a command in a pipeline.
    public static let reservedWords: Set<String> = loopWords.union(ifWords).union(elseWords)

    public init(expressionCommands: Set<String>) {
        self.expressionCommands = expressionCommands
    }

    /// Parses a whole source into its statements.
    public func parse(_ source: Source) throws(LOBError) -> [Statement] {
        var lexer = Lexer(source: source)
        let tokens = try lexer.tokenize()
        try Parser.checkNesting(tokens)
        var index = 0
        return try parseStatements(tokens, &index, opening: nil).statements
    }

    /// How deep blocks may nest: parsing and running them recurse, and a stack has an end.
    static let maximumNesting = 100

    /// Throws at the first `{` nested deeper than `maximumNesting`, before the recursive parse meets it.
    private static func checkNesting(_ tokens: [Token]) throws(LOBError) {
        var depth = 0
        for token in tokens {
            if case .openBrace(let span) = token {
                depth += 1
                if depth > maximumNesting {
                    throw LOBError.usage(.nestingTooDeep, String(maximumNesting), at: span)
                }
            }
            if case .closeBrace = token { depth -= 1 }
        }
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

    /// The block keyword a word is, when it is one (unquoted, literal).
    private static func keyword(_ word: Word, in words: Set<String>) -> Bool {
        guard !word.isQuoted, let text = word.literalText else { return false }
        return words.contains(text)
    }

    /// Statements up to the end of the tokens, or up to the `}` that closes the block `opening` opened.
    private func parseStatements(
        _ tokens: [Token], _ index: inout Int, opening: (keyword: Word, brace: SourceSpan)?
    ) throws(LOBError) -> (statements: [Statement], close: SourceSpan?) {
        var statements: [Statement] = []
        while index < tokens.count {
            switch tokens[index] {
            case .separator:
                index += 1
            case .closeBrace(let span):
                guard opening != nil else { throw LOBError.usage(.strayCloseBrace, at: span) }
                index += 1
                return (statements, span)
            case .word(let word) where Parser.keyword(word, in: Parser.loopWords):
                statements.append(.loop(try parseLoop(tokens, &index, keyword: word)))
                try expectStatementEnd(tokens, index)
            case .word(let word) where Parser.keyword(word, in: Parser.ifWords):
                statements.append(.conditional(try parseConditional(tokens, &index, keyword: word)))
                try expectStatementEnd(tokens, index)
            case .word(let word) where Parser.keyword(word, in: Parser.elseWords):
                throw LOBError.usage(.elseWithoutIf, word.literalText ?? "anders", at: word.span)
            default:
                statements.append(.pipeline(try parsePipeline(tokens, &index, inBlock: opening != nil)))
            }
        }
        if let opening {
            throw LOBError.usage(.blockNotClosed, opening.keyword.literalText ?? "", at: opening.brace)
        }
        return (statements, nil)
    }

    /// After a block's `}`: a line end, `;`, another `}` or the end.
    private func expectStatementEnd(_ tokens: [Token], _ index: Int) throws(LOBError) {
        guard index < tokens.count else { return }
        switch tokens[index] {
        case .separator, .closeBrace: return
        default: throw LOBError.usage(.expectedLineEndAfterBlock, at: tokens[index].span)
        }
    }

    /// `voor rij in (pipeline) { … }`, from the keyword.
    private func parseLoop(_ tokens: [Token], _ index: inout Int, keyword: Word) throws(LOBError) -> Loop {
        let name = keyword.literalText ?? "voor"
        index += 1
        guard index < tokens.count, case .word(let variable) = tokens[index], !variable.isQuoted,
            let variableName = variable.literalText, Parser.isName(variableName)
        else {
            throw LOBError.usage(.loopNeedsVariable, name, at: index < tokens.count ? tokens[index].span : keyword.span)
        }
        index += 1
        guard index < tokens.count, case .word(let inWord) = tokens[index], !inWord.isQuoted,
            inWord.literalText == "in"
        else {
            throw LOBError.usage(
                .loopNeedsIn, name, variableName, at: index < tokens.count ? tokens[index].span : variable.span)
        }
        index += 1
        let source = try parseParenthesised(tokens, &index, after: inWord.span)
        let brace = try expectOpenBrace(tokens, index, keyword: name, after: source.span)
        index += 1
        let (body, close) = try parseStatements(tokens, &index, opening: (keyword, brace))
        return Loop(
            variable: variable, source: source, body: body, span: keyword.span.union(close ?? brace))
    }

    /// `als voorwaarde { … } [anders als voorwaarde { … }]… [anders { … }]`, from the keyword.
    private func parseConditional(_ tokens: [Token], _ index: inout Int, keyword: Word) throws(LOBError)
        -> Conditional
    {
        var branches: [Conditional.Branch] = []
        var branchKeyword = keyword
        var span = keyword.span
        while true {
            index += 1
            let condition = try parseCondition(tokens, &index, keyword: branchKeyword)
            let brace = try expectOpenBrace(
                tokens, index, keyword: branchKeyword.literalText ?? "als",
                after: index > 0 ? tokens[index - 1].span : branchKeyword.span)
            index += 1
            let (body, close) = try parseStatements(tokens, &index, opening: (branchKeyword, brace))
            span = span.union(close ?? brace)
            branches.append(Conditional.Branch(condition: condition, body: body))
            // `anders` belongs to the `}` before it, on the same line.
            guard index < tokens.count, case .word(let elseWord) = tokens[index],
                Parser.keyword(elseWord, in: Parser.elseWords)
            else {
                return Conditional(branches: branches, otherwise: nil, span: span)
            }
            index += 1
            if index < tokens.count, case .word(let next) = tokens[index], Parser.keyword(next, in: Parser.ifWords) {
                branchKeyword = next
                continue
            }
            let elseBrace = try expectOpenBrace(
                tokens, index, keyword: elseWord.literalText ?? "anders", after: elseWord.span)
            index += 1
            let (otherwise, elseClose) = try parseStatements(tokens, &index, opening: (elseWord, elseBrace))
            return Conditional(branches: branches, otherwise: otherwise, span: span.union(elseClose ?? elseBrace))
        }
    }

    /// The words and parenthesised pipelines of a condition, up to the `{`.
    private func parseCondition(_ tokens: [Token], _ index: inout Int, keyword: Word) throws(LOBError)
        -> Condition<ConditionOperand, ConditionOperand>
    {
        var operands: [ConditionOperand] = []
        var texts: [String?] = []
        loop: while index < tokens.count {
            switch tokens[index] {
            case .word(let word):
                if Parser.opensParenthesis(word) {
                    operands.append(.pipeline(try parseParenthesised(tokens, &index, after: word.span)))
                    texts.append(nil)
                } else {
                    operands.append(.word(word))
                    texts.append(word.isQuoted ? nil : word.literalText)
                    index += 1
                }
            case .redirect(append: false, let span):
                // `als $weken > 4`: here `>` compares.
                operands.append(.word(Word(parts: [.literal(">")], span: span, isQuoted: false)))
                texts.append(">")
                index += 1
            default:
                break loop
            }
        }
        let spans = operands.map(\.span)
        return try Condition(
            count: operands.count, spans: spans, fallback: keyword.span, incomplete: .conditionIncomplete,
            text: { texts[$0] }, left: { operands[$0] }, right: { operands[$0] })
    }

    /// The `{` that opens a block, on the same line as its keyword.
    private func expectOpenBrace(_ tokens: [Token], _ index: Int, keyword: String, after span: SourceSpan)
        throws(LOBError) -> SourceSpan
    {
        guard index < tokens.count else { throw LOBError.usage(.blockNeedsBrace, keyword, at: span) }
        guard case .openBrace(let brace) = tokens[index] else {
            throw LOBError.usage(.blockNeedsBrace, keyword, at: tokens[index].span)
        }
        return brace
    }

    /// Whether a word starts with an unquoted `(`.
    private static func opensParenthesis(_ word: Word) -> Bool {
        let scalars = word.span.source.scalars
        return word.span.start < scalars.count && scalars[word.span.start] == "("
    }

    /// Whether a word ends with an unquoted, unescaped `)`.
    private static func closesParenthesis(_ word: Word) -> Bool {
        let scalars = word.span.source.scalars
        let last = word.span.end - 1
        guard last >= 0, last < scalars.count, scalars[last] == ")" else { return false }
        return last == word.span.start || scalars[last - 1] != "\\"
    }

    /// `(pipeline)`, from the word that opens it; the parentheses are not part of the pipeline's words.
    private func parseParenthesised(_ tokens: [Token], _ index: inout Int, after span: SourceSpan)
        throws(LOBError) -> Pipeline
    {
        guard index < tokens.count, case .word(let first) = tokens[index], Parser.opensParenthesis(first) else {
            throw LOBError.usage(
                .expectedParenthesisedPipeline, at: index < tokens.count ? tokens[index].span : span)
        }
        let openSpan = SourceSpan(source: first.span.source, start: first.span.start, end: first.span.start + 1)
        var inner: [Token] = []
        var position = index
        var closed = false
        while position < tokens.count, !closed {
            let token = tokens[position]
            switch token {
            case .word(var word):
                closed = Parser.closesParenthesis(word)
                if position == index { word = Parser.trimming(word, first: true) }
                if closed { word = Parser.trimming(word, first: false) }
                if word.span.end > word.span.start { inner.append(.word(word)) }
            case .separator:
                // Only a trailing `|` continues a pipeline on the next line.
                let meaningful = inner.last { if case .separator = $0 { false } else { true } }
                guard case .pipe? = meaningful else {
                    throw LOBError.usage(.parenthesisNotClosed, at: openSpan)
                }
                inner.append(token)
            case .redirect(let append, let redirectSpan):
                guard !append, isOperatorPosition(inner) else {
                    throw LOBError.usage(.redirectionInParentheses, at: redirectSpan)
                }
                inner.append(token)
            case .pipe:
                inner.append(token)
            case .openBrace, .closeBrace:
                throw LOBError.usage(.parenthesisNotClosed, at: openSpan)
            }
            position += 1
        }
        guard closed else { throw LOBError.usage(.parenthesisNotClosed, at: openSpan) }
        guard !inner.isEmpty else { throw LOBError.usage(.emptyPipelineStage, at: openSpan) }
        var innerIndex = 0
        let pipeline = try parsePipeline(inner, &innerIndex, inBlock: false)
        index = position
        return pipeline
    }

    /// A word without its first or last scalar (a parenthesis that belongs to the syntax around it).
    private static func trimming(_ word: Word, first: Bool) -> Word {
        var parts = word.parts
        if first, case .literal(let text)? = parts.first {
            parts[0] = .literal(String(text.unicodeScalars.dropFirst()))
        } else if !first, case .literal(let text)? = parts.last {
            parts[parts.count - 1] = .literal(String(text.unicodeScalars.dropLast()))
        }
        parts.removeAll { $0 == .literal("") }
        if parts.isEmpty { parts = [.literal("")] }
        let span = SourceSpan(
            source: word.span.source, start: word.span.start + (first ? 1 : 0),
            end: word.span.end - (first ? 0 : 1))
        return Word(parts: parts, span: span, isQuoted: word.isQuoted)
    }

    /// Whether `text` can name a variable: letters, digits, `_` and `-`, starting with a letter, digit or `_`.
    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, Lexer.isNameScalar(first) else { return false }
        return text.unicodeScalars.allSatisfy { Lexer.isNameScalar($0) || $0 == "-" }
    }

    private func parsePipeline(_ tokens: [Token], _ index: inout Int, inBlock: Bool) throws(LOBError) -> Pipeline {
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
                if words.isEmpty, Parser.keyword(word, in: Parser.reservedWords) {
                    throw LOBError.usage(.keywordInPipeline, word.literalText ?? "", at: word.span)
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
            case .closeBrace(let span):
                // The `}` of a block may end its last statement: `{ echo a }`.
                guard inBlock else { throw LOBError.usage(.strayCloseBrace, at: span) }
                break loop
            case .openBrace(let span):
                throw LOBError.usage(.unexpectedOpenBrace, at: span)
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

    /// The same, for the words of a stage still being gathered as tokens (in parentheses).
    private func isOperatorPosition(_ tokens: [Token]) -> Bool {
        var words: [Word] = []
        for token in tokens {
            switch token {
            case .word(let word): words.append(word)
            case .pipe: words = []
            case .redirect(_, let span): words.append(Word(parts: [.literal(">")], span: span, isQuoted: false))
            default: break
            }
        }
        return isOperatorPosition(words)
    }
}
