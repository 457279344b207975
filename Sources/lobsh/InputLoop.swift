import LOBKit

/// Reads statements line by line (from the prompt or a pipe) and runs each once it is complete.
@MainActor
struct InputLoop {
    let session: Session
    /// At the prompt an error is shown and the shell goes on; from a pipe it stops, as a script does.
    let interactive: Bool
    /// The database's name in the prompt: `demo`, `school`.
    let label: String
    /// Called after each statement at the prompt (the pager shows its output).
    var afterStatement: () -> Void = {}
    /// Whether the tour starts before the first statement (`--rondleiding`).
    var startsWithTour = false

    var prompt: String { InputLoop.prompt(label: label) }
    var continuationPrompt: String { InputLoop.continuationPrompt(label: label) }

    /// The prompt for a database's label: `lobsh[demo]> `; `--echo` shows it too.
    static func prompt(label: String) -> String { "lobsh[\(label)]> " }
    /// The prompt of a statement's further lines, as wide as the first.
    static func continuationPrompt(label: String) -> String {
        String(repeating: " ", count: max(0, prompt(label: label).count - 3)) + "…> "
    }

    func run(_ reader: inout some LineReader) -> Int32 {
        var firstError: LOBError?
        var lineNumber = 0
        // Answers to the tour come from this same reader, so the tour runs between statements.
        session.drivesTour = true
        defer { session.drivesTour = false }
        let guide = TourGuide(
            session: session, interactive: interactive, shellPrompt: prompt, afterOutput: afterStatement)
        if startsWithTour { lineNumber += guide.run(from: 0, &reader) }
        while !session.stopRequested {
            var buffer = ""
            let firstLine = lineNumber + 1
            var complete = false
            while !complete {
                switch reader.readLine(prompt: interactive ? (buffer.isEmpty ? prompt : continuationPrompt) : "") {
                case .line(let line):
                    lineNumber += 1
                    buffer += buffer.isEmpty ? line : "\n" + line
                    complete = session.parser.isComplete(buffer)
                case .interrupted:
                    if !interactive { return ErrorKind.interrupted.exitCode }
                    buffer = ""
                    lineNumber += 1
                case .end:
                    if !buffer.isEmpty { runStatement(buffer, firstLine: firstLine, &firstError) }
                    if !interactive, session.interruption.isRequested { return ErrorKind.interrupted.exitCode }
                    return Lobsh.exitCode(session, firstError)
                }
            }
            if interactive {
                reader.remember(buffer)
                // A Ctrl-C at the prompt is not meant for the statement typed after it.
                session.interruption.clear()
            }
            runStatement(buffer, firstLine: firstLine, &firstError)
            afterStatement()
            if let step = session.takeTourRequest() { lineNumber += guide.run(from: step, &reader) }
            if let firstError, !interactive, !session.keepGoing { return Lobsh.exitCode(session, firstError) }
        }
        return Lobsh.exitCode(session, firstError)
    }

    private func runStatement(_ text: String, firstLine: Int, _ firstError: inout LOBError?) {
        // At the prompt the caret under the line says enough; from a pipe the line number matters.
        let source =
            interactive ? Source(name: nil, text: text) : Source(name: "<stdin>", text: text, firstLine: firstLine)
        if let error = session.run(source), firstError == nil, !interactive {
            firstError = error
        }
    }
}
