import CEditLine

#if canImport(Glibc)
    import Glibc
#endif

/// Shows a statement's output through `$PAGER` (default `less -FRX`) when it is taller than the terminal.
struct Pager {
    let command: String

    init(environment: [String: String]) {
        let configured = environment["PAGER"] ?? ""
        command = configured.isEmpty ? "less -FRX" : configured
    }

    /// Whether `text` needs the pager on this terminal.
    static func isNeeded(for text: String) -> Bool {
        let rows = Int(cedit_terminal_rows())
        guard rows > 0 else { return false }
        var lines = 0
        for scalar in text.unicodeScalars where scalar == "\n" {
            lines += 1
            if lines >= rows - 1 { return true }
        }
        return false
    }

    /// Pipes `text` into the pager and waits for it; false when the pager could not start.
    func show(_ text: String) -> Bool {
        // Quitting the pager early closes the pipe: that must not end lobsh.
        signal(SIGPIPE, SIG_IGN)
        guard let pipe = popen(command, "w") else { return false }
        _ = text.withCString { fputs($0, pipe) }
        return pclose(pipe) != -1
    }
}
