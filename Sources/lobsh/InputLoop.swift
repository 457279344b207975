import LOBKit

/// Reads statements line by line (from the prompt or a pipe) and runs each once it is complete.
@MainActor
struct InputLoop {
    let session: Session
    /// At the prompt an error is shown and the shell goes on; from a pipe it stops, as a script does.
    let interactive: Bool
    /// The database's name in the prompt: `demo`, `school`.
    let label: String

    func run(_ reader: inout some LineReader) -> Int32 {
        var firstError: LOBError?
        var lineNumber = 0
        while !session.stopRequested {
            var buffer = ""
            let firstLine = lineNumber + 1
            var prompt = interactive ? "lobsh[\(label)]> " : ""
            while true {
                guard let line = reader.readLine(prompt: prompt) else {
                    if !buffer.isEmpty { runStatement(buffer, firstLine: firstLine, &firstError) }
                    return Lobsh.exitCode(session, firstError)
                }
                lineNumber += 1
                buffer += buffer.isEmpty ? line : "\n" + line
                if session.parser.isComplete(buffer) { break }
                prompt = interactive ? String(repeating: " ", count: max(0, label.count + 5)) + "…> " : ""
            }
            runStatement(buffer, firstLine: firstLine, &firstError)
            if let firstError, !interactive, !session.keepGoing { return Lobsh.exitCode(session, firstError) }
        }
        return Lobsh.exitCode(session, firstError)
    }

    private func runStatement(_ text: String, firstLine: Int, _ firstError: inout LOBError?) {
        let source = Source(name: interactive ? nil : "<stdin>", text: text, firstLine: firstLine)
        if let error = session.run(source), firstError == nil, !interactive {
            firstError = error
        }
    }
}
