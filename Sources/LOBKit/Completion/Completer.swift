import Foundation

/// Context-aware completion from the registry, the commands' specs and the data.
///
/// Given the text before the cursor it finds the word being typed and what belongs there: a command,
/// a verb, a flag of the command, a choice of the flag, a file, a variable, or a module's live values.
public struct Completer {
    let session: Session

    public init(session: Session) {
        self.session = session
    }

    /// The candidates for the word that ends at the end of `prefix`, and where that word starts
    /// (an offset in Unicode scalars of `prefix`).
    public func complete(_ prefix: String) -> (wordStart: Int, candidates: [Completion]) {
        let scan = WordScan(prefix)
        let word = scan.current
        let candidates = candidates(for: word, after: scan.stage, redirecting: scan.afterRedirection)
        // Live values come filtered by their module (a name finds a number); the rest by prefix.
        let matching = candidates.filter {
            $0.isLive || Value.compareText(String($0.text.prefix(word.count)), word) == .orderedSame
        }
        var seen = Set<String>()
        let unique = matching.filter { seen.insert($0.text).inserted }
        return (scan.currentStart, unique)
    }

    private func candidates(for word: String, after words: [String], redirecting: Bool) -> [Completion] {
        if word.hasPrefix("$") {
            return session.variableNames.map { Completion("$" + $0) }
        }
        if redirecting { return files(word) }
        let registry = session.registry
        guard let first = words.first else {
            return registry.firstWords.map { Completion($0) }
        }
        var commandWords = words.dropFirst()
        let command: (any Command)?
        if let group = registry.group(named: first) {
            guard let verb = commandWords.first else {
                return registry.commands(inGroup: group).flatMap { type(of: $0).spec.allNames }.map { Completion($0) }
            }
            command = registry.command(verb, inGroup: group)
            commandWords = commandWords.dropFirst()
        } else {
            command = registry.topLevelCommand(named: first)
        }
        guard let command else { return [] }
        let spec = type(of: command).spec
        if spec.name == "help" {
            if let group = commandWords.first.flatMap(registry.group(named:)) {
                return registry.commands(inGroup: group).map { Completion(type(of: $0).spec.name) }
            }
            return registry.firstWords.map { Completion($0) }
        }
        if word.hasPrefix("--") {
            let given = Set(commandWords.filter { $0.hasPrefix("--") })
            return spec.flags.filter { $0.repeatable || !given.contains("--" + $0.name) }
                .flatMap(\.allNames).map { Completion("--" + $0) }
        }
        if let last = commandWords.last, last.hasPrefix("--"), !last.contains("="),
            let flag = spec.flag(named: String(last.dropFirst(2))), let type = flag.type
        {
            return values(of: type, word)
        }
        // Which positional is being typed: words that are not flags or flag values, counted.
        var positionalWords: [String] = []
        var skipNext = false
        for commandWord in commandWords {
            if skipNext {
                skipNext = false
            } else if commandWord.hasPrefix("--") {
                skipNext = !commandWord.contains("=") && spec.flag(named: String(commandWord.dropFirst(2)))?.type != nil
            } else {
                positionalWords.append(commandWord)
            }
        }
        for (index, positional) in spec.positionals.enumerated() {
            let variadic: Bool = if case .variadic = positional.arity { true } else { false }
            guard variadic || index == positionalWords.count else { continue }
            if positional.type == .scriptParameter { return scriptParameters(spec, positionalWords) }
            return values(of: positional.type, word)
        }
        return []
    }

    /// `naam=` for each `vereis` line of the recipe or script that the command's first positional names,
    /// leaving out the parameters already given.
    private func scriptParameters(_ spec: CommandSpec, _ words: [String]) -> [Completion] {
        guard let named = words.first, let type = spec.positionals.first?.type else { return [] }
        let book = session.recipeBook
        let script: Recipe?
        switch type {
        case .recipe: script = book.recipe(named: named)
        case .file: script = book.script(at: Session.resolve(named, relativeTo: session.workingDirectory))
        default: script = nil
        }
        let given = Set(words.dropFirst().map { String($0.prefix { $0 != "=" }) })
        return (script?.parameters ?? []).filter { !given.contains($0.name) }.map { Completion($0.name + "=") }
    }

    private func values(of type: ArgumentType, _ word: String) -> [Completion] {
        switch type {
        case .choice(let choices): return choices.map { Completion($0) }
        case .mapping(let keys): return keys.map { Completion($0 + "=") }
        case .file: return files(word)
        case .recipe: return session.recipeBook.names().map { Completion($0) }
        case .scriptParameter: return []
        case .schoolYear:
            let current = session.currentSchoolYear
            return [
                current, SchoolYear(validStartYear: current.startYear - 1),
                SchoolYear(validStartYear: current.startYear + 1),
            ]
            .map { Completion($0.description) }
        case .date:
            return [Completion(session.today().description)]
        case .text, .integer, .decimal, .studentNumber, .activityCode:
            return liveValues(type, word)
        }
    }

    /// Values from the modules' completion hooks, read in a transaction of their own.
    private func liveValues(_ type: ArgumentType, _ word: String) -> [Completion] {
        guard let store = try? session.store() else { return [] }
        let modules = session.registry.modules
        return
            (try? store.transaction { transaction throws(LOBError) in
                var found: [Completion] = []
                for module in modules {
                    found += try module.completions(for: type, prefix: word, in: transaction)
                }
                return found.map { Completion($0.text, display: $0.display, isLive: true) }
            }) ?? []
    }

    /// Files and folders (with a trailing `/`) that start with `word`, hidden ones only when asked for.
    private func files(_ word: String) -> [Completion] {
        let expanded = word.hasPrefix("~/") ? NSHomeDirectory() + word.dropFirst() : word
        let folder: String
        let namePrefix: String
        if let slash = expanded.lastIndex(of: "/") {
            folder = String(expanded[...slash])
            namePrefix = String(expanded[expanded.index(after: slash)...])
        } else {
            folder = ""
            namePrefix = expanded
        }
        let directory = Session.resolve(folder.isEmpty ? "." : folder, relativeTo: session.workingDirectory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let typedFolder = word.hasPrefix("~/") ? "~/" + folder.dropFirst(NSHomeDirectory().count + 1) : folder
        return names.filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }.sorted()
            .map { name in
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
                return Completion(
                    typedFolder + name + (isDirectory.boolValue ? "/" : ""),
                    display: name + (isDirectory.boolValue ? "/" : ""))
            }
    }
}

/// The words of the statement being typed, split as the lexer would, forgiving an open quote.
struct WordScan {
    /// The words of the current pipeline stage before the word being typed, quotes removed.
    var stage: [String] = []
    /// The word being typed, quotes removed.
    var current = ""
    /// Where the word being typed starts, in Unicode scalars.
    var currentStart = 0
    /// Whether the word being typed follows `>` or `>>`.
    var afterRedirection = false

    init(_ prefix: String) {
        var word = ""
        var wordStart = 0
        var inWord = false
        var quote: Unicode.Scalar?
        var redirectPending = false
        for (offset, scalar) in prefix.unicodeScalars.enumerated() {
            if let open = quote {
                if scalar == open { quote = nil } else { word.unicodeScalars.append(scalar) }
                continue
            }
            switch scalar {
            case "\"", "'":
                if !inWord {
                    wordStart = offset
                    inWord = true
                }
                quote = scalar
            case " ", "\t", "\n", "\r":
                if inWord { finish(&word, &redirectPending) }
                inWord = false
            case "|", ";":
                if inWord { finish(&word, &redirectPending) }
                inWord = false
                stage = []
                redirectPending = false
            case ">":
                if inWord { finish(&word, &redirectPending) }
                inWord = false
                redirectPending = true
            default:
                if !inWord {
                    wordStart = offset
                    inWord = true
                }
                word.unicodeScalars.append(scalar)
            }
        }
        current = inWord ? word : ""
        currentStart = inWord ? wordStart : prefix.unicodeScalars.count
        afterRedirection = redirectPending
    }

    private mutating func finish(_ word: inout String, _ redirectPending: inout Bool) {
        if redirectPending {
            redirectPending = false
        } else {
            stage.append(word)
        }
        word = ""
    }
}
