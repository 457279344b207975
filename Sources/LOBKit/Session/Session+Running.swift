import Foundation

extension Session {
    /// Runs every statement of `source`, reporting each error to the sink as it happens.
    ///
    /// Returns the first error, or nil when all went well. Without `keepGoing` the run stops there.
    @discardableResult
    public func run(_ source: Source) -> LOBError? {
        do {
            try runThrowing(source)
            return nil
        } catch {
            return error
        }
    }

    /// Runs `source`; errors are reported, and the first is thrown once the run ends.
    func runThrowing(_ source: Source) throws(LOBError) {
        let pipelines: [Pipeline]
        do throws(LOBError) {
            pipelines = try parser.parse(source)
            for pipeline in pipelines { try check(pipeline) }
        } catch {
            report(error)
            throw error.reported()
        }
        var firstError: LOBError?
        for pipeline in pipelines {
            if stopRequested { break }
            do throws(LOBError) {
                // Ctrl-C between two statements stops the script before the next one.
                if interruption.isRequested { throw LOBError(.interrupted, Message(.interrupted), at: pipeline.span) }
                echo?(pipeline.span.source.text(from: pipeline.span.start, to: pipeline.span.end))
                try execute(pipeline)
            } catch {
                report(error)
                if firstError == nil { firstError = error }
                if !keepGoing || error.kind == .interrupted { break }
            }
        }
        if let firstError { throw firstError.reported() }
    }

    /// Writes an error, with its location, line and caret, to the diagnostics stream.
    public func report(_ error: LOBError) {
        guard !error.isReported else { return }
        output.diagnostic(ErrorFormatter(language: language, colour: diagnosticColour, theme: theme).format(error))
    }

    /// Checks command names and literal flags of a statement before anything of the script runs.
    private func check(_ pipeline: Pipeline) throws(LOBError) {
        for call in pipeline.stages {
            let (command, arguments) = try resolve(call)
            let spec = type(of: command).spec
            for word in arguments where !word.isQuoted {
                guard let text = word.literalText, text.hasPrefix("--"), text.count > 2 else { continue }
                let name = String(text.dropFirst(2).prefix { $0 != "=" })
                if spec.flag(named: name) == nil {
                    _ = try Binder(spec: spec).bind(
                        [ExpandedWord(text: "--" + name, span: word.span, isQuoted: false)], callSpan: call.span)
                }
            }
        }
    }

    /// Finds the command a call names: a group and its verb, or a command on its own.
    func resolve(_ call: CommandCall) throws(LOBError) -> (any Command, ArraySlice<Word>) {
        guard let first = call.words.first else { throw LOBError.usage(.emptyPipelineStage, at: call.span) }
        guard let name = first.literalText, !name.isEmpty else {
            throw LOBError.usage(.commandNameNotLiteral, at: first.span)
        }
        if let group = registry.group(named: name) {
            guard call.words.count > 1, let verbWord = call.words.dropFirst().first else {
                throw LOBError.usage(.missingVerb, group.name, verbList(group), at: first.span)
            }
            guard let verb = verbWord.literalText, let command = registry.command(verb, inGroup: group) else {
                let verbs = registry.commands(inGroup: group).flatMap { type(of: $0).spec.allNames }
                let typed = verbWord.literalText ?? ""
                if let suggestion = Suggestion.closest(to: typed, in: verbs) {
                    throw LOBError.usage(
                        .unknownVerbSuggest, typed, group.name, "\(group.name) \(suggestion)", at: verbWord.span)
                }
                throw LOBError.usage(.unknownVerb, typed, group.name, verbList(group), at: verbWord.span)
            }
            return (command, call.words.dropFirst(2))
        }
        if let command = registry.topLevelCommand(named: name) {
            return (command, call.words.dropFirst())
        }
        if let suggestion = Suggestion.closest(to: name, in: registry.firstWords) {
            throw LOBError.usage(.unknownCommandSuggest, name, suggestion, at: first.span)
        }
        throw LOBError.usage(.unknownCommand, name, at: first.span)
    }

    private func verbList(_ group: CommandGroup) -> String {
        registry.commands(inGroup: group).map { type(of: $0).spec.name }.joined(separator: ", ")
    }

    /// Expands a word's variables.
    func expand(_ word: Word) throws(LOBError) -> ExpandedWord {
        var text = ""
        for part in word.parts {
            switch part {
            case .literal(let literal):
                text += literal
            case .variable(let name, let start, let end):
                guard let value = variable(name) else {
                    let span = SourceSpan(source: word.span.source, start: start, end: end)
                    if let suggestion = Suggestion.closest(to: name, in: variableNames) {
                        throw LOBError.usage(.unknownVariableSuggest, name, suggestion, at: span)
                    }
                    throw LOBError.usage(.unknownVariable, name, at: span)
                }
                text += value
            }
        }
        return ExpandedWord(text: text, span: word.span, isQuoted: word.isQuoted)
    }

    /// Runs one statement: binds every stage, then runs them in one transaction when any uses the store.
    func execute(_ pipeline: Pipeline) throws(LOBError) {
        var bound: [(command: any Command, arguments: Arguments, span: SourceSpan)] = []
        for call in pipeline.stages {
            let (command, words) = try resolve(call)
            var expanded: [ExpandedWord] = []
            for word in words { expanded.append(try expand(word)) }
            let arguments = try Binder(spec: type(of: command).spec).bind(expanded, callSpan: call.span)
            bound.append((command, arguments, call.span))
        }
        let target = try pipeline.redirection.map { redirection throws(LOBError) in
            (redirection, try expand(redirection.target).text)
        }

        func runStages() throws(LOBError) {
            var value = Value.nothing
            for (index, stage) in bound.enumerated() {
                let context = CommandContext(
                    session: self, callSpan: stage.span, isShownDirectly: index == bound.count - 1 && target == nil)
                do throws(LOBError) {
                    value = try stage.command.run(stage.arguments, input: value, context: context)
                } catch {
                    throw error.located(at: stage.span)
                }
            }
            if let (redirection, path) = target {
                try self.write(value, to: path, append: redirection.append, at: redirection.span)
            } else {
                self.show(value)
            }
        }

        guard bound.contains(where: { type(of: $0.command).spec.usesStore }) else {
            try runStages()
            return
        }
        if let transaction = activeTransaction {
            try transaction.savepoint { () throws(LOBError) in try runStages() }
            return
        }
        let store = try store()
        try store.transaction(checking: interruption) { transaction throws(LOBError) in
            activeTransaction = transaction
            defer { activeTransaction = nil }
            try runStages()
        }
    }

    /// Renders a statement's result to the output.
    func show(_ value: Value) {
        let text = Renderer(language: language, colour: colour, theme: theme).render(value, as: .table)
        guard !text.isEmpty else { return }
        output.write(text.hasSuffix("\n") ? text : text + "\n")
        // On a projector the output of one statement should not run into the next.
        if theme == .presentation { output.write("\n") }
    }

    /// Writes a result to a file; the format follows the extension unless `naar` already rendered it.
    private func write(_ value: Value, to path: String, append: Bool, at span: SourceSpan) throws(LOBError) {
        var text: String
        if case .text(let rendered) = value {
            text = rendered
        } else {
            let format = OutputFormat(fileExtension: URL(fileURLWithPath: path).pathExtension) ?? .table
            text = Renderer(language: language, colour: false).render(value, as: format)
        }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        let resolved = Session.resolve(path, relativeTo: workingDirectory)
        let data = Data(text.utf8)
        do {
            if append, let handle = FileHandle(forWritingAtPath: resolved) {
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: data)
            } else {
                // Written whole to a temporary file and renamed: a failure leaves no half file.
                try data.write(to: URL(fileURLWithPath: resolved), options: .atomic)
            }
        } catch {
            throw LOBError(.failed, Message(.fileWriteFailed, path), at: span, cause: error.localizedDescription)
        }
    }
}
