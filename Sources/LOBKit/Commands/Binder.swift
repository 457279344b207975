/// A word after variable expansion: its text, where it was, and whether it was quoted.
public struct ExpandedWord: Sendable {
    public var text: String
    public var span: SourceSpan
    public var isQuoted: Bool

    /// A flag word: `--name` unquoted.
    var isFlag: Bool { !isQuoted && text.hasPrefix("--") && text.count > 2 }
}

/// Binds a command call's words to the command's signature: flags, positionals, types and choices.
public struct Binder {
    public let spec: CommandSpec

    public init(spec: CommandSpec) {
        self.spec = spec
    }

    public func bind(_ words: [ExpandedWord], callSpan: SourceSpan) throws(LOBError) -> Arguments {
        var arguments = Arguments(callSpan: callSpan)
        var positionalWords: [ExpandedWord] = []
        var index = 0
        var flagsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if !flagsEnded, !word.isQuoted, word.text == "--" {
                flagsEnded = true
                continue
            }
            guard !flagsEnded, word.isFlag else {
                positionalWords.append(word)
                continue
            }
            let body = word.text.dropFirst(2)
            let name: String
            var inlineValue: String?
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                inlineValue = String(body[body.index(after: equals)...])
            } else {
                name = String(body)
            }
            guard let flag = spec.flag(named: name) else {
                let known = spec.flags.flatMap(\.allNames)
                if let suggestion = Suggestion.closest(to: name, in: known) {
                    throw LOBError.usage(.unknownFlagSuggest, "--\(name)", "--\(suggestion)", at: word.span)
                }
                throw LOBError.usage(.unknownFlag, "--\(name)", spec.displayName, at: word.span)
            }
            if arguments.isSet(flag.name), !flag.repeatable {
                throw LOBError.usage(.flagRepeated, "--\(flag.name)", at: word.span)
            }
            guard let type = flag.type else {
                if inlineValue != nil { throw LOBError.usage(.switchTakesNoValue, "--\(flag.name)", at: word.span) }
                arguments.add(flag.name, .integer(1), word.span)
                continue
            }
            let valueText: String
            let valueSpan: SourceSpan
            if let inlineValue {
                valueText = inlineValue
                valueSpan = word.span
            } else {
                guard index < words.count, !words[index].isFlag else {
                    throw LOBError.usage(.flagNeedsValue, "--\(flag.name)", at: word.span)
                }
                valueText = words[index].text
                valueSpan = words[index].span
                index += 1
            }
            let value = try convert(valueText, to: type, naming: "--\(flag.name)", at: valueSpan)
            arguments.add(flag.name, value, valueSpan)
        }
        try bindPositionals(positionalWords, into: &arguments, callSpan: callSpan)
        return arguments
    }

    private func bindPositionals(
        _ words: [ExpandedWord], into arguments: inout Arguments, callSpan: SourceSpan
    ) throws(LOBError) {
        var remaining = words[...]
        for (position, positional) in spec.positionals.enumerated() {
            switch positional.arity {
            case .required, .optional:
                guard let word = remaining.first else {
                    if positional.arity == .required {
                        throw LOBError.usage(
                            .missingArgument, positional.name.uppercased(), spec.displayName, at: callSpan)
                    }
                    continue
                }
                remaining = remaining.dropFirst()
                arguments.add(
                    positional.name,
                    try convert(word.text, to: positional.type, naming: positional.name, at: word.span), word.span)
            case .variadic(let minimum):
                // A variadic positional takes all but what the positionals after it need.
                let later = spec.positionals.dropFirst(position + 1).filter { $0.arity == .required }.count
                let take = max(0, remaining.count - later)
                if take < minimum {
                    throw LOBError.usage(.missingArgument, positional.name.uppercased(), spec.displayName, at: callSpan)
                }
                for word in remaining.prefix(take) {
                    arguments.add(
                        positional.name,
                        try convert(word.text, to: positional.type, naming: positional.name, at: word.span), word.span)
                }
                remaining = remaining.dropFirst(take)
            }
        }
        if let extra = remaining.first {
            throw LOBError.usage(.unexpectedArgument, extra.text, spec.displayName, at: extra.span)
        }
    }

    /// Converts a word to the value its type asks for, or says what would have been right.
    func convert(_ text: String, to type: ArgumentType, naming name: String, at span: SourceSpan) throws(LOBError)
        -> Value
    {
        switch type {
        case .text, .file, .studentNumber, .activityCode, .recipe, .scriptParameter:
            return .text(text)
        case .integer:
            guard let number = Int(text) else { throw LOBError.usage(.expectedInteger, name, text, at: span) }
            return .integer(number)
        case .decimal:
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
                throw LOBError.usage(.expectedDecimal, name, text, at: span)
            }
            return .decimal(number)
        case .date:
            guard let date = LOBDate(parsing: text) else { throw LOBError.usage(.expectedDate, name, text, at: span) }
            return .date(date)
        case .schoolYear:
            guard let year = SchoolYear(parsing: text) else {
                throw LOBError.usage(.expectedSchoolYear, name, text, at: span)
            }
            return .schoolYear(year)
        case .choice(let choices):
            if let match = choices.first(where: { $0.lowercased() == text.lowercased() }) { return .text(match) }
            if let suggestion = Suggestion.closest(to: text, in: choices) {
                // A short list is worth showing whole: `A9` is as near to A1 as to A4.
                if choices.count <= 12 {
                    throw LOBError.usage(
                        .unknownChoiceSuggestList, text, name, suggestion, choices.joined(separator: ", "), at: span)
                }
                throw LOBError.usage(.unknownChoiceSuggest, text, name, suggestion, at: span)
            }
            throw LOBError.usage(.unknownChoice, text, name, choices.joined(separator: ", "), at: span)
        case .mapping(let keys):
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                throw LOBError.usage(.expectedMapping, name, text, at: span)
            }
            let key = text[..<equals].lowercased()
            guard keys.contains(key) else {
                if let suggestion = Suggestion.closest(to: key, in: keys) {
                    throw LOBError.usage(.unknownChoiceSuggest, key, name, suggestion, at: span)
                }
                throw LOBError.usage(.unknownChoice, key, name, keys.joined(separator: ", "), at: span)
            }
            return .text(key + text[equals...])
        }
    }
}
