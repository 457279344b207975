import Foundation
import LOBKit

/// Walks a participant through `TourStep.workshop`: explains a step, shows its command, and reads an answer.
///
/// Enter runs the shown command (so does typing it); `volgende`/`next` skips, `terug`/`back` goes back, and
/// `stop`, `q`, `.` or Ctrl-D leave the tour (not lobsh). Anything else runs as a statement, after which the
/// step is shown again. From a pipe each answer is a line of stdin, echoed after the prompt as a terminal
/// would show it.
@MainActor
struct TourGuide {
    let session: Session
    let interactive: Bool
    /// The shell's prompt, written before a shown command that Enter runs, as if it were typed there.
    let shellPrompt: String
    /// Ends each block of output (at the prompt: the pager for long output).
    var afterOutput: () -> Void = {}

    static let leaveWords: Set<String> = ["stop", "q", ".", "klaar", "exit", "quit"]
    static let nextWords: Set<String> = ["volgende", "overslaan", "next", "skip"]
    static let backWords: Set<String> = ["terug", "vorige", "back"]

    /// Runs the tour from step `start` (from 0) until its end or until the participant leaves; returns the
    /// number of lines it read, so that a pipe's later line numbers stay right.
    @discardableResult
    func run(from start: Int, _ reader: inout some LineReader) -> Int {
        var linesRead = 0
        let steps = TourStep.workshop
        let language = session.language
        var index = min(max(0, start), steps.count)
        if index == 0 { write(Message(.tourWelcome, String(steps.count)).text(language) + "\n") }
        var showWhole = true
        while index < steps.count {
            session.tourPosition = index
            let step = steps[index]
            let command = step.command(schoolYear: session.currentSchoolYear)
            let number = String(index + 1)
            let total = String(steps.count)
            if showWhole {
                let heading = Message(.tourStepHeading, number, total, step.title.text(language)).text(language)
                var text = "\n" + (session.colour ? "\u{1B}[1m\(heading)\u{1B}[0m" : heading) + "\n"
                text += TourGuide.wrapped(step.explanation.text(language), width: 78) + "\n"
                text += "    " + command + "\n\n"
                text += TourGuide.wrapped(Message(.tourKeys).text(language), width: 78)
                write(text)
            } else {
                write(Message(.tourRepeat, number, total, command).text(language) + "\n")
            }
            let prompt = Message(.tourPrompt, number, total).text(language)
            guard let answer = readStatement(prompt: prompt, &reader, linesRead: &linesRead) else {
                leave(at: index)
                return linesRead
            }
            let word = answer.trimmingCharacters(in: .whitespaces)
            if word.isEmpty || TourGuide.normalised(word) == TourGuide.normalised(command) {
                if word.isEmpty { write(shellPrompt + command + "\n") }
                reader.remember(command)
                execute(command)
                index += 1
                showWhole = true
            } else if TourGuide.leaveWords.contains(word.lowercased()) {
                leave(at: index)
                return linesRead
            } else if TourGuide.nextWords.contains(word.lowercased()) {
                index += 1
                showWhole = true
            } else if TourGuide.backWords.contains(word.lowercased()) {
                index = max(0, index - 1)
                showWhole = true
            } else {
                reader.remember(answer)
                execute(answer)
                // `rondleiding opnieuw` typed inside the tour moves it; anything else shows the step again.
                if let requested = session.takeTourRequest() {
                    index = requested
                    showWhole = true
                } else {
                    showWhole = false
                }
            }
        }
        session.tourPosition = 0
        write("\n" + Message(.tourFinished).text(language) + "\n")
        return linesRead
    }

    /// One statement, over several lines when it is not finished (an open quote, a trailing `|`); nil at the
    /// end of input (Ctrl-D, the end of a pipe). Ctrl-C drops what was typed and asks again.
    private func readStatement(prompt: String, _ reader: inout some LineReader, linesRead: inout Int) -> String? {
        var buffer = ""
        let continuation = String(repeating: " ", count: max(0, prompt.count - 3)) + "…> "
        while true {
            switch reader.readLine(prompt: buffer.isEmpty ? prompt : continuation) {
            case .line(let line):
                linesRead += 1
                if !interactive { write((buffer.isEmpty ? prompt : continuation) + line + "\n") }
                buffer += buffer.isEmpty ? line : "\n" + line
                if session.parser.isComplete(buffer) { return buffer }
            case .interrupted:
                buffer = ""
                if !interactive { return nil }
            case .end:
                return nil
            }
        }
    }

    private func execute(_ statement: String) {
        session.interruption.clear()
        session.run(Source(name: nil, text: statement))
        afterOutput()
    }

    private func leave(at index: Int) {
        session.tourPosition = index
        write("\n" + Message(.tourLeft, String(index + 1)).text(session.language) + "\n")
    }

    private func write(_ text: String) {
        session.output.write(text)
        afterOutput()
    }

    /// A command as typed, compared without doubled blanks.
    static func normalised(_ command: String) -> String {
        command.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// A paragraph broken into lines of at most `width` characters, each indented by two blanks.
    static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width - 2 {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { "  " + $0 + "\n" }.joined()
    }
}
