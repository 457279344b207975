import CEditLine
import Foundation
import LOBKit

/// Reads lines on a terminal through libedit: editing, history (Up/Down, Ctrl-R), Tab completion.
final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let session: Session
    private let history: CommandHistory
    private var lastEntry: String?

    /// Opens libedit on the terminal with the history file's entries; nil when libedit cannot start.
    init?(session: Session, history: CommandHistory) {
        // libedit silently drops `ë` unless the character type is UTF-8, whatever LANG says.
        if setlocale(LC_CTYPE, "") == nil || String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        let limit = EditLineReader.historyLimit(session)
        guard let editor = cedit_open("lobsh", Int32(clamping: limit)) else { return nil }
        self.editor = editor
        self.session = session
        self.history = history
        for entry in history.entries().suffix(limit) {
            cedit_history_add(editor, entry)
            lastEntry = entry
        }
        cedit_bind_completion(editor, completeKey, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        cedit_close(editor)
    }

    static func historyLimit(_ session: Session) -> Int {
        session.variable("geschiedenis-grootte").flatMap(Int.init) ?? CommandHistory.defaultLimit
    }

    func readLine(prompt: String) -> LineInput {
        cedit_set_prompt(editor, prompt)
        var length: Int32 = 0
        var interrupted: Int32 = 0
        guard let line = cedit_read(editor, &length, &interrupted) else {
            if interrupted != 0 { return .interrupted }
            return .end
        }
        var text = String(cString: line)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return .line(text)
    }

    func remember(_ statement: String) {
        guard CommandHistory.shouldKeep(statement), statement != lastEntry else { return }
        lastEntry = statement
        let limit = EditLineReader.historyLimit(session)
        cedit_history_set_size(editor, Int32(clamping: limit))
        cedit_history_add(editor, statement)
        history.append(statement, limit: limit)
    }

    /// Tab: one candidate is inserted, several are narrowed to what they share or listed in columns.
    fileprivate func complete() -> UInt8 {
        var length: Int32 = 0
        let bytes = cedit_text_before_cursor(editor, &length)
        guard let bytes else { return EditLineReader.refreshBeep }
        let prefix = String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(max(0, length))), as: UTF8.self)
        let (wordStart, candidates) = Completer(session: session).complete(prefix)
        let typed = prefix.unicodeScalars.count - wordStart
        guard let first = candidates.first else { return EditLineReader.refreshBeep }
        if candidates.count == 1 {
            let ending = first.text.hasSuffix("/") || first.text.hasSuffix("=") ? "" : " "
            cedit_replace_before_cursor(editor, Int32(typed), EditLineReader.quoted(first.text) + ending)
            return EditLineReader.refresh
        }
        let shared = EditLineReader.commonPrefix(candidates.map(\.text))
        let typedWord = String(String.UnicodeScalarView(prefix.unicodeScalars.suffix(typed)))
        if shared.unicodeScalars.count > typedWord.unicodeScalars.count, !typedWord.hasPrefix("\""),
            shared.lowercased().hasPrefix(typedWord.lowercased())
        {
            cedit_replace_before_cursor(editor, Int32(typed), EditLineReader.quoted(shared))
            return EditLineReader.refresh
        }
        let columns = Int(cedit_terminal_columns())
        StandardSink.writeAll(
            Array(("\n" + EditLineReader.columns(candidates.map(\.display), width: columns)).utf8), to: STDOUT_FILENO)
        return EditLineReader.redisplay
    }

    // libedit's CC_ results.
    static let refresh: UInt8 = 4
    static let redisplay: UInt8 = 8
    static let refreshBeep: UInt8 = 9

    /// A candidate as a word: quoted when it holds blanks or characters the language reads itself.
    static func quoted(_ text: String) -> String {
        let special: Set<Character> = [" ", "\t", "|", ";", ">", "#", "'", "\"", "$", "\\"]
        guard text.contains(where: special.contains) else { return text }
        return "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "$", with: "\\$") + "\""
    }

    static func commonPrefix(_ texts: [String]) -> String {
        guard var shared = texts.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for text in texts.dropFirst() {
            let scalars = Array(text.unicodeScalars)
            var count = 0
            while count < min(shared.count, scalars.count), shared[count] == scalars[count] { count += 1 }
            shared = Array(shared.prefix(count))
        }
        return String(String.UnicodeScalarView(shared))
    }

    /// Candidates in columns across the terminal, as shells list them.
    static func columns(_ items: [String], width: Int) -> String {
        let cell = (items.map(\.count).max() ?? 0) + 2
        let perLine = max(1, (width > 0 ? width : 80) / max(1, cell))
        let lines = (items.count + perLine - 1) / perLine
        var text = ""
        for line in 0..<lines {
            var row = ""
            for column in 0..<perLine {
                let index = column * lines + line
                guard index < items.count else { continue }
                row += items[index] + String(repeating: " ", count: max(0, cell - items[index].count))
            }
            while row.hasSuffix(" ") { row.removeLast() }
            text += row + "\n"
        }
        return text
    }
}

/// libedit's Tab key function: back to the reader through the context pointer.
private func completeKey(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editor, let context = cedit_context(editor) else { return EditLineReader.refreshBeep }
    return Unmanaged<EditLineReader>.fromOpaque(context).takeUnretainedValue().complete()
}
