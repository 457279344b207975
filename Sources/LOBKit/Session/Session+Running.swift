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
    ///
    /// `usageName` is how the script is called in the usage a missing `vereis` parameter shows (`recept
    /// wekelijkse-opvolging`); the script's name by default.
    func runThrowing(_ source: Source, usageName: String? = nil) throws(LOBError) {
        let statements: [Statement]
        do throws(LOBError) {
            statements = try parser.parse(source)
            try check(statements, topLevel: true)
        } catch {
            report(error)
            throw error.reported()
        }
        scriptUsages.append(usage(of: statements, in: source, name: usageName))
        defer { scriptUsages.removeLast() }
        var firstError: LOBError?
        _ = run(statements, &firstError)
        if let firstError { throw firstError.reported() }
    }

    /// Runs statements in order, reporting each error; false when the run must stop (an error without
    /// `--doorgaan`, `fout`, Ctrl-C, `stop`).
    private func run(_ statements: [Statement], _ firstError: inout LOBError?) -> Bool {
        for statement in statements {
            if stopRequested { return false }
            do throws(LOBError) {
                // Ctrl-C between two statements stops the script before the next one.
                if interruption.isRequested {
                    throw LOBError(.interrupted, Message(.interrupted), at: statement.span)
                }
                switch statement {
                case .pipeline(let pipeline):
                    echo?(pipeline.span.source.text(from: pipeline.span.start, to: pipeline.span.end))
                    try execute(pipeline)
                case .loop(let loop):
                    if !(try run(loop, &firstError)) { return false }
                case .conditional(let conditional):
                    if let body = try chosenBranch(conditional), !run(body, &firstError) { return false }
                }
            } catch {
                report(error)
                if firstError == nil { firstError = error }
                if !keepGoing || error.kind == .interrupted || error.message.key == .scriptFailed { return false }
            }
        }
        return true
    }

    /// Runs a loop's pipeline once, then its body once per row, with the row as the loop's variable.
    private func run(_ loop: Loop, _ firstError: inout LOBError?) throws(LOBError) -> Bool {
        let value = try evaluate(loop.source)
        guard let table = value.asTable else { throw LOBError.usage(.loopNeedsTable, at: loop.source.span) }
        let name = loop.variable.literalText ?? ""
        let outer = rowVariables[name]
        defer { rowVariables[name] = outer }
        for row in table.rows {
            rowVariables[name] = Record(
                zip(table.columns, row).map { Record.Field($0.0, $0.1) })
            if !run(loop.body, &firstError) { return false }
        }
        return true
    }

    /// The body of the first branch whose condition holds, else the `anders` block (or nothing).
    private func chosenBranch(_ conditional: Conditional) throws(LOBError) -> [Statement]? {
        for branch in conditional.branches {
            let holds = try branch.condition.holds { (comparison) throws(LOBError) in
                comparison.op.holds(try value(of: comparison.left), try value(of: comparison.right).plainText)
            }
            if holds { return branch.body }
        }
        return conditional.otherwise
    }

    /// An operand of `als`: a word read as a number, a date or text; a pipeline's single value.
    private func value(of operand: ConditionOperand) throws(LOBError) -> Value {
        switch operand {
        case .word(let word):
            return Value.inferred(from: try expand(word).text)
        case .pipeline(let pipeline):
            let value = try evaluate(pipeline)
            if case .table = value { throw LOBError.usage(.conditionNeedsSingleValue, at: pipeline.span) }
            if case .record = value { throw LOBError.usage(.conditionNeedsSingleValue, at: pipeline.span) }
            return value
        }
    }

    /// Writes an error, with its location, line and caret, to the diagnostics stream.
    public func report(_ error: LOBError) {
        guard !error.isReported else { return }
        output.diagnostic(ErrorFormatter(language: language, colour: diagnosticColour, theme: theme).format(error))
    }

    /// Checks every statement, also inside blocks, before anything of the script runs: command names,
    /// literal flags, and that `vereis` stands at the top.
    private func check(_ statements: [Statement], topLevel: Bool) throws(LOBError) {
        var onlySettingsSoFar = true
        for statement in statements {
            switch statement {
            case .pipeline(let pipeline):
                try check(pipeline)
                let first = pipeline.stages.first.flatMap { try? resolve($0).0 }
                if let first, first is Require {
                    guard topLevel else {
                        throw LOBError.usage(.requireInBlock, at: pipeline.stages.first?.words.first?.span)
                    }
                    guard onlySettingsSoFar else {
                        throw LOBError.usage(.requireNotAtTop, at: pipeline.stages.first?.words.first?.span)
                    }
                } else if !(first is SetVariable) {
                    onlySettingsSoFar = false
                }
            case .loop(let loop):
                onlySettingsSoFar = false
                try check(loop.source)
                try check(loop.body, topLevel: false)
            case .conditional(let conditional):
                onlySettingsSoFar = false
                for branch in conditional.branches {
                    for conjunction in branch.condition.alternatives {
                        for comparison in conjunction {
                            for case .pipeline(let pipeline) in [comparison.left, comparison.right] {
                                try check(pipeline)
                            }
                        }
                    }
                    try check(branch.body, topLevel: false)
                }
                if let otherwise = conditional.otherwise { try check(otherwise, topLevel: false) }
            }
        }
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

    /// The usage line of a script from its `vereis` statements: `naam.lob weken=… [mentor=…]`.
    private func usage(of statements: [Statement], in source: Source, name: String?) -> String {
        let parts = (name ?? source.name).map { [$0] } ?? []
        return (parts + RecipeParameter.declared(in: statements).map(\.usage)).joined(separator: " ")
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

    /// Expands a word's variables; `$rij.kolom` and `${rij.kolom}` are a column of a `voor` loop's row.
    func expand(_ word: Word) throws(LOBError) -> ExpandedWord {
        var text = ""
        // Scalars of the next literal part that named a row's column.
        var used = 0
        for (index, part) in word.parts.enumerated() {
            switch part {
            case .literal(let literal):
                var view = String.UnicodeScalarView()
                view.append(contentsOf: literal.unicodeScalars.dropFirst(used))
                text += String(view)
                used = 0
            case .variable(let name, let start, let end):
                let span = SourceSpan(source: word.span.source, start: start, end: end)
                if let dot = name.firstIndex(of: "."), let row = rowVariables[String(name[..<dot])] {
                    text += try cell(of: row, String(name[name.index(after: dot)...]), at: span).plainText
                    continue
                }
                if let row = rowVariables[name] {
                    let braced =
                        end > 0 && end <= word.span.source.scalars.count
                        && word.span.source.scalars[end - 1] == "}"
                    if !braced, index + 1 < word.parts.count, case .literal(let next) = word.parts[index + 1],
                        let reference = columnReference(next, in: row)
                    {
                        let cellSpan = SourceSpan(source: word.span.source, start: start, end: end + reference.length)
                        text += try cell(of: row, reference.column, at: cellSpan).plainText
                        used = reference.length
                        continue
                    }
                    text += Value.record(row).plainText
                    continue
                }
                guard let value = variable(name) else {
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

    /// The column a literal after `$rij` names (`.klas` in `$rij.klas`), with the scalars it takes: the
    /// longest run of letters, digits, `_` and `-` that is a column, else the run up to its first `-`.
    private func columnReference(_ literal: String, in row: Record) -> (column: String, length: Int)? {
        let scalars = Array(literal.unicodeScalars)
        guard scalars.count > 1, scalars[0] == ".", Lexer.isNameScalar(scalars[1]) else { return nil }
        var end = 1
        while end < scalars.count, Lexer.isNameScalar(scalars[end]) || scalars[end] == "-" { end += 1 }
        let columns = row.fields.map(\.name)
        var candidate = end
        while candidate > 1 {
            let name = String(String.UnicodeScalarView(scalars[1..<candidate]))
            if Table(columns: columns, rows: []).columnIndex(name) != nil { return (name, candidate) }
            guard let dash = scalars[1..<candidate].lastIndex(of: "-") else { break }
            candidate = dash
        }
        let shortest = scalars[1..<end].firstIndex(of: "-") ?? end
        return (String(String.UnicodeScalarView(scalars[1..<shortest])), shortest)
    }

    /// A column's value in a loop's row, or an error naming the columns there are.
    private func cell(of row: Record, _ column: String, at span: SourceSpan) throws(LOBError) -> Value {
        let columns = row.fields.map(\.name)
        guard let index = Table(columns: columns, rows: []).columnIndex(column) else {
            throw LOBError.usage(.unknownColumn, column, columns.joined(separator: ", "), at: span)
        }
        return row.fields[index].value
    }

    /// Runs one statement and shows or writes its result.
    func execute(_ pipeline: Pipeline) throws(LOBError) {
        _ = try run(pipeline, showing: true)
    }

    /// Runs a parenthesised pipeline (of `voor` or `als`) and gives its value, showing nothing.
    func evaluate(_ pipeline: Pipeline) throws(LOBError) -> Value {
        try run(pipeline, showing: false)
    }

    /// Binds every stage, then runs them in one transaction when any uses the store.
    private func run(_ pipeline: Pipeline, showing: Bool) throws(LOBError) -> Value {
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

        func runStages() throws(LOBError) -> Value {
            var value = Value.nothing
            for (index, stage) in bound.enumerated() {
                let context = CommandContext(
                    session: self, callSpan: stage.span,
                    isShownDirectly: showing && index == bound.count - 1 && target == nil)
                do throws(LOBError) {
                    value = try stage.command.run(stage.arguments, input: value, context: context)
                } catch {
                    throw error.located(at: stage.span)
                }
            }
            if let (redirection, path) = target {
                try self.write(value, to: path, append: redirection.append, at: redirection.span)
            } else if showing {
                self.show(value)
            }
            return value
        }

        guard bound.contains(where: { type(of: $0.command).spec.usesStore }) else {
            return try runStages()
        }
        if let transaction = activeTransaction {
            return try transaction.savepoint { () throws(LOBError) in try runStages() }
        }
        // Opening the database and beginning or committing its transaction (busy, full disk, read-only) fail at
        // the first stage that uses it.
        let storeSpan = bound.first(where: { type(of: $0.command).spec.usesStore })?.span
        do throws(LOBError) {
            let store = try store()
            return try store.transaction(checking: interruption, commit: !dryRun) { transaction throws(LOBError) in
                activeTransaction = transaction
                defer { activeTransaction = nil }
                return try runStages()
            }
        } catch {
            throw error.located(at: storeSpan)
        }
    }

    /// Runs one pipeline of `source` (no redirection) inside the running statement's transaction, and returns
    /// its value instead of showing it: `CommandContext.evaluate` for modules.
    func evaluate(_ source: Source) throws(LOBError) -> Value {
        let statements = try parser.parse(source)
        guard statements.count == 1, case .pipeline(let pipeline) = statements.first, pipeline.redirection == nil
        else {
            throw LOBError.usage(
                .evaluateOnePipeline, source.text(from: 0, to: Int.max),
                at: SourceSpan(source: source, start: 0, end: 0))
        }
        return try evaluate(pipeline)
    }

    /// Renders a statement's result to the output, a piece at a time.
    func show(_ value: Value) {
        let sink = output
        var chunks = ChunkedOutput { text in sink.write(text) }
        Renderer(language: language, colour: colour, theme: theme).render(value, as: .table, to: &chunks)
        chunks.finish()
        guard !chunks.isEmpty else { return }
        if !chunks.endsWithNewline { output.write("\n") }
        // On a projector the output of one statement should not run into the next.
        if theme == .presentation { output.write("\n") }
    }

    /// Writes a result to a file; the format follows the extension unless `naar` already rendered it.
    ///
    /// Rendered straight into the file a piece at a time (a new file into a temporary one that is renamed at
    /// the end, so that a failure leaves no half file), never as one string in memory.
    private func write(_ value: Value, to path: String, append: Bool, at span: SourceSpan) throws(LOBError) {
        let resolved = Session.resolve(path, relativeTo: workingDirectory)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue {
            throw LOBError(.failed, Message(.fileIsDirectory, path), at: span)
        }
        let file = URL(fileURLWithPath: resolved)
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).lobsh-\(getpid())")
        let appending = append && FileManager.default.fileExists(atPath: resolved)
        let handle: FileHandle
        do {
            if appending {
                handle = try FileHandle(forWritingTo: file)
                try handle.seekToEnd()
            } else {
                // A recipe writes where its map=… parameter says; like `dossier exporteer --map`, a missing
                // folder is made rather than refused.
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                handle = try FileHandle(forWritingTo: temporary)
            }
        } catch {
            throw LOBError(.failed, Message(.fileWriteFailed, path), at: span, cause: error.localizedDescription)
        }
        var chunks = ChunkedOutput { text in try handle.write(contentsOf: Data(text.utf8)) }
        if case .text(let rendered) = value {
            chunks.write(rendered)
        } else {
            let format = OutputFormat(fileExtension: file.pathExtension) ?? .table
            Renderer(language: language, colour: false).render(value, as: format, to: &chunks)
        }
        if !chunks.isEmpty, !chunks.endsWithNewline { chunks.write("\n") }
        chunks.finish()
        var failure = chunks.error
        do { try handle.close() } catch { failure = failure ?? error }
        if !appending, failure == nil, rename(temporary.path, resolved) != 0 {
            failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        if let failure {
            if !appending { try? FileManager.default.removeItem(at: temporary) }
            throw LOBError(.failed, Message(.fileWriteFailed, path), at: span, cause: failure.localizedDescription)
        }
    }
}
