import Foundation
import Synchronization

/// The history file: plain text, one entry per line (a multi-line statement stays one entry, its line
/// ends written `\n` and backslashes `\\`), private to its owner, appended under a lock so that shells
/// open at the same time all keep their entries, and bounded.
///
/// libedit's own history file is not plain text and has no locking, hence this.
public struct CommandHistory: Sendable {
    /// The file; nil for a history kept in memory.
    public let path: String?
    /// The entries of a history kept in memory, nil for one in a file.
    private let memory: MemoryEntries?

    public init(path: String) {
        self.path = path
        memory = nil
    }

    /// A history that lives as long as the session and is never written (the demo school's sandbox).
    public static func inMemory() -> CommandHistory {
        CommandHistory(memory: MemoryEntries())
    }

    private init(memory: MemoryEntries) {
        path = nil
        self.memory = memory
    }

    /// `$XDG_STATE_HOME/lobsh/history`, else `~/.local/state/lobsh/history`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/lobsh/history" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state/lobsh/history"
    }

    /// The default bound on the number of entries kept.
    public static let defaultLimit = 10_000

    /// Whether an entry is worth keeping: not empty, not starting with a blank (a way to keep a line out).
    public static func shouldKeep(_ entry: String) -> Bool {
        guard let first = entry.unicodeScalars.first else { return false }
        return first != " " && first != "\t" && !entry.allSatisfy(\.isWhitespace)
    }

    /// The entries, oldest first; an unreadable or missing file is an empty history.
    public func entries() -> [String] {
        if let memory { return memory.entries.withLock { $0 } }
        guard let path, let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            .map { CommandHistory.unescape(String($0)) }
    }

    /// Appends an entry under an exclusive lock, keeping at most `limit` entries.
    public func append(_ entry: String, limit: Int) {
        guard CommandHistory.shouldKeep(entry) else { return }
        if let memory {
            memory.entries.withLock { entries in
                entries.append(entry)
                entries.removeFirst(max(0, entries.count - max(1, limit)))
            }
            return
        }
        guard let path else { return }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { return }
        defer { flock(descriptor, LOCK_UN) }
        CommandHistory.writeAll(Array((CommandHistory.escape(entry) + "\n").utf8), to: descriptor)
        trimIfNeeded(descriptor, limit: max(1, limit))
    }

    /// Rewrites the file in place (under the lock already held) once it is a tenth over its bound.
    private func trimIfNeeded(_ descriptor: Int32, limit: Int) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return }
        let lines = entries()
        guard lines.count > limit + max(1, limit / 10) else { return }
        let kept = lines.suffix(limit).map { CommandHistory.escape($0) + "\n" }.joined()
        guard ftruncate(descriptor, 0) == 0 else { return }
        CommandHistory.writeAll(Array(kept.utf8), to: descriptor)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    static func escape(_ entry: String) -> String {
        var text = ""
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    static func unescape(_ line: String) -> String {
        var text = ""
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                switch scalar {
                case "n": text += "\n"
                case "r": text += "\r"
                default: text.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}

/// The entries of an in-memory history, shared by the copies of one `CommandHistory`.
private final class MemoryEntries: Sendable {
    let entries = Mutex<[String]>([])
}
