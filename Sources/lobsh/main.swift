import Foundation
import LOBKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// lobsh: the shell over LOBKit. Parses the process's options, opens a session, and runs
/// `-c`, a script, stdin, or the prompt.
@MainActor
enum Lobsh {
    static func main() -> Int32 {
        // Exports and databases hold personal data: whatever lobsh creates is its owner's only.
        umask(0o077)
        let environment = ProcessInfo.processInfo.environment
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = chosenLanguage(arguments, environment)
        let sink = StandardSink()
        defer { sink.flush() }

        func usageError(_ message: Message) -> Int32 {
            sink.diagnostic("lobsh: " + Message(.errorLabel).text(language) + ": " + message.text(language) + "\n")
            sink.diagnostic(Message(.lobshTryHelp).text(language) + "\n")
            return 2
        }

        let optionWords = leadingOptions(arguments)
        if optionWords.contains("--help") || optionWords.contains("-h") {
            sink.write(Message(.lobshUsage).text(language) + "\n")
            return 0
        }
        for word in optionWords where word.hasPrefix("--") {
            let name = String(word.dropFirst(2).prefix { $0 != "=" })
            guard !LobshOptions.longNames.contains(name) else { continue }
            if let suggestion = Suggestion.closest(to: name, in: LobshOptions.longNames) {
                return usageError(Message(.lobshUnknownOptionSuggest, word, "--" + suggestion))
            }
            return usageError(Message(.lobshUnknownOption, word))
        }
        let options: LobshOptions
        do {
            options = try LobshOptions.parse(arguments)
        } catch {
            return usageError(Message(.lobshBadOptions, LobshOptions.message(for: error)))
        }
        if options.version {
            sink.write("lobsh \(LOBKitInfo.version)\n")
            return 0
        }
        if let requested = options.language, UILanguage(rawValue: requested) == nil {
            return usageError(Message(.unknownChoice, requested, "--lang", "nl, en"))
        }
        if options.demo, options.database != nil {
            return usageError(Message(.lobshDemoAndDatabase))
        }
        if let tempo = options.tempo, !(0...60_000).contains(tempo) {
            return usageError(Message(.lobshTempoRange, String(tempo)))
        }
        if options.tour, !options.demo {
            return usageError(Message(.lobshTourNeedsDemo))
        }
        if options.tour, options.command != nil || options.script.contains(where: { $0 != "-" && !$0.contains("=") }) {
            return usageError(Message(.lobshTourNeedsInput))
        }

        let registry: CommandRegistry
        do {
            registry = try CommandRegistry(modules: BuiltinModules.all + PluginModules.all)
        } catch {
            sink.diagnostic("lobsh: " + error.message.text(language) + "\n")
            return 1
        }
        let modules = registry.modules
        let databasePath = options.database ?? Store.defaultPath(environment: environment)
        // How long a write waits for another process's transaction; tests shorten it.
        var busyTimeout = 10.0
        if let text = environment["LOBSH_BUSY_TIMEOUT"] {
            guard let seconds = Double(text), seconds >= 0, seconds <= 3600 else {
                return usageError(Message(.busyTimeoutInvalid, text))
            }
            busyTimeout = seconds
        }
        let session = Session(registry: registry, output: sink, language: language) { (today) throws(LOBError) in
            options.demo
                ? try Store.demo(modules: modules, today: today)
                : try Store.open(path: databasePath, modules: modules, busyTimeout: busyTimeout)
        }
        session.isDemo = options.demo
        // Recipes: Recipes/ here and in the checkout lobsh was built in, the user's own, $LOBSH_RECEPTEN.
        session.recipeFolders = RecipeBook.defaultFolders(
            environment: environment, workingDirectory: session.workingDirectory,
            executable: Bundle.main.executablePath ?? CommandLine.arguments.first)
        let label = options.demo ? "demo" : URL(fileURLWithPath: databasePath).deletingPathExtension().lastPathComponent
        let coloursAllowed = (environment["NO_COLOR"] ?? "").isEmpty
        session.colour = coloursAllowed && isatty(STDOUT_FILENO) == 1
        session.diagnosticColour = coloursAllowed && isatty(STDERR_FILENO) == 1
        session.diagnosticsAreTerminal = isatty(STDERR_FILENO) == 1
        session.outputIsTerminal = isatty(STDOUT_FILENO) == 1
        session.keepGoing = options.keepGoing
        let watcher = InterruptWatcher(interruption: session.interruption)
        defer { withExtendedLifetime(watcher) {} }
        if options.echo || options.tempo != nil {
            session.echo = echo(label: label, pause: options.tempo ?? 0, sink: sink)
        }

        if let line = options.complete {
            for candidate in Completer(session: session).complete(line).candidates {
                sink.write(candidate.text + "\n")
            }
            return 0
        }

        var scriptWords = options.script[...]
        var scriptSource: (name: String, text: String)?
        if let command = options.command {
            scriptSource = ("-c", command)
        } else if let first = scriptWords.first, first != "-" {
            scriptWords = scriptWords.dropFirst()
            guard let data = FileManager.default.contents(atPath: first), let text = String(data: data, encoding: .utf8)
            else {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
                return usageError(
                    Message(
                        exists && !isDirectory.boolValue ? .fileNotUTF8 : exists ? .fileIsDirectory : .fileNotFound,
                        first))
            }
            if let nul = data.firstIndex(of: 0) {
                let line = data[..<nul].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                return usageError(Message(.scriptIsBinary, first, String(line)))
            }
            scriptSource = (first, text)
        } else if scriptWords.first == "-" {
            scriptWords = scriptWords.dropFirst()
        }
        for parameter in scriptWords {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                return usageError(Message(.expectedParameter, parameter))
            }
            session.setVariable(String(parameter[..<equals]), String(parameter[parameter.index(after: equals)...]))
        }

        if let scriptSource {
            let error = session.run(Source(name: scriptSource.name, text: scriptSource.text))
            return exitCode(session, error)
        }
        let interactive = isatty(STDIN_FILENO) == 1 && options.script.first != "-"
        if interactive {
            // The demo is a sandbox: its history lives in memory (Up still works) and never reaches the file.
            let history =
                options.demo
                ? CommandHistory.inMemory() : CommandHistory(path: CommandHistory.defaultPath(environment: environment))
            session.historyFile = history
            if let reader = EditLineReader(session: session, history: history) {
                let remind = !options.demo && FileManager.default.fileExists(atPath: databasePath)
                return runInteractive(
                    session, options, sink, environment, label: label, reader: reader, remindOfBackup: remind)
            }
        }
        var reader = PlainLineReader()
        var loop = InputLoop(session: session, interactive: false, label: label)
        loop.startsWithTour = options.tour
        return loop.run(&reader)
    }

    /// The shell at a terminal: banner, init file, then the prompt until Ctrl-D or `stop`.
    static func runInteractive(
        _ session: Session, _ options: LobshOptions, _ sink: StandardSink, _ environment: [String: String],
        label: String, reader: EditLineReader, remindOfBackup remind: Bool
    ) -> Int32 {
        if !options.quiet {
            let database = options.demo ? Message(.lobshDemoDatabase).text(session.language) : label
            sink.write(Message(.lobshBanner, LOBKitInfo.version, database).text(session.language) + "\n")
            sink.flush()
        }
        if remind { remindOfBackup(session, sink, environment) }
        if !options.noInit {
            let path = initFilePath(environment)
            if let data = FileManager.default.contents(atPath: path) {
                // An error in it is reported with its file and line; the shell starts all the same.
                session.run(Source(name: path, text: String(decoding: data, as: UTF8.self)))
            }
        }
        sink.flush()
        session.textEditor = { text in
            sink.flush()
            return TextEditor.edit(text, environment: environment)
        }
        let pager = isatty(STDOUT_FILENO) == 1 ? Pager(environment: environment) : nil
        sink.holdsStatementOutput = true
        var loop = InputLoop(session: session, interactive: true, label: label)
        loop.afterStatement = { sink.finishStatement(pager: session.variable("pager") == "uit" ? nil : pager) }
        loop.startsWithTour = options.tour
        var editor = reader
        let status = loop.run(&editor)
        sink.holdsStatementOutput = false
        return status
    }

    /// At an interactive start on an existing database: the weekly reminder when its last backup is too old.
    /// A database that cannot be opened is reported by the first command that needs it, not here.
    static func remindOfBackup(_ session: Session, _ sink: StandardSink, _ environment: [String: String]) {
        let reminder = BackupReminder(statePath: BackupReminder.defaultStatePath(environment: environment))
        guard let store = try? session.store(), let message = try? reminder.reminder(for: store, now: Date()) else {
            return
        }
        sink.diagnostic(message.text(session.language) + "\n")
    }

    /// `--echo`: each statement after the prompt, as if typed there; with `--tempo MS` after a pause of MS
    /// milliseconds, and on a terminal typed out one character at a time (MS/20 milliseconds each).
    static func echo(label: String, pause: Int, sink: StandardSink) -> (String) -> Void {
        let prompt = InputLoop.prompt(label: label)
        let continuation = InputLoop.continuationPrompt(label: label)
        let typing = pause >= 20 && isatty(STDOUT_FILENO) == 1
        return { statement in
            let text = prompt + statement.replacingOccurrences(of: "\n", with: "\n" + continuation) + "\n"
            guard pause > 0 else {
                sink.write(text)
                return
            }
            sink.flush()
            Thread.sleep(forTimeInterval: Double(pause) / 1000)
            guard typing else {
                sink.write(text)
                sink.flush()
                return
            }
            sink.write(prompt)
            sink.flush()
            for character in text.dropFirst(prompt.count) {
                sink.write(String(character))
                sink.flush()
                Thread.sleep(forTimeInterval: Double(pause) / 20_000)
            }
        }
    }

    /// `$XDG_CONFIG_HOME/lobsh/init.lob`, else `~/.config/lobsh/init.lob`.
    static func initFilePath(_ environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/lobsh/init.lob" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/lobsh/init.lob"
    }

    /// The exit code of a run: `stop N`'s, else the first error's kind's, else 0.
    static func exitCode(_ session: Session, _ error: LOBError?) -> Int32 {
        if session.stopRequested { return session.requestedExitCode }
        return error?.kind.exitCode ?? 0
    }

    /// `--lang` when given (also before parsing, so that option errors speak it), else from the locale.
    static func chosenLanguage(_ arguments: [String], _ environment: [String: String]) -> UILanguage {
        for (index, word) in arguments.enumerated() {
            if word.hasPrefix("--lang="), let language = UILanguage(rawValue: String(word.dropFirst(7))) {
                return language
            }
            if word == "--lang", index + 1 < arguments.count, let language = UILanguage(rawValue: arguments[index + 1])
            {
                return language
            }
        }
        return UILanguage.fromEnvironment(environment)
    }

    /// The options before the script's name, without the values of `-c`, `--db` and `--lang`.
    static func leadingOptions(_ arguments: [String]) -> [String] {
        var options: [String] = []
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "-" {
            options.append(arguments[index])
            index += ["-c", "--db", "--lang", "--tempo", "--pace", "--complete"].contains(arguments[index]) ? 2 : 1
        }
        return options
    }
}

exit(Lobsh.main())
