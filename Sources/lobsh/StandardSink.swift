import Foundation
import LOBKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a session's output to stdout (buffered) and its notices and errors to stderr.
///
/// Not through C's `stdout`, a global that Swift 6 will not share.
final class StandardSink: OutputSink {
    private var buffer: [UInt8] = []
    /// At the prompt a statement's output is held until it ends, so that the pager can take it.
    var holdsStatementOutput = false

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if !holdsStatementOutput, buffer.count >= 1 << 16 { flush() }
    }

    /// Ends a statement at the prompt: its output goes through `pager` when it is taller than the terminal.
    func finishStatement(pager: Pager?) {
        defer { buffer.removeAll(keepingCapacity: true) }
        if let pager, !buffer.isEmpty {
            let text = String(decoding: buffer, as: UTF8.self)
            if Pager.isNeeded(for: text), pager.show(text) { return }
        }
        flush()
    }

    func diagnostic(_ text: String) {
        // Flushed first so that an error shows up after the output that came before it.
        if !holdsStatementOutput { flush() }
        StandardSink.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        StandardSink.writeAll(buffer, to: STDOUT_FILENO)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte; a closed terminal or pipe is not worth failing over.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        let handle = descriptor == STDERR_FILENO ? FileHandle.standardError : FileHandle.standardOutput
        try? handle.write(contentsOf: bytes)
    }
}
