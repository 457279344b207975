import Foundation

extension CommandContext {
    /// Writes an entry to the audit log that `privacy log` shows: today (or `$vandaag`), the time, who (`--door`
    /// when the command has it, else `$door`, else the user), what and how many.
    ///
    /// For every command that writes personal data out of the database, built-in or a network module's:
    /// `try context.logAudit(.export, what: "dossier 1042", count: 1, arguments: arguments)`. It runs in the
    /// command's transaction, so a failed export leaves no entry.
    public func logAudit(_ kind: AuditKind, what: String, count: Int, arguments: Arguments) throws(LOBError) {
        let now = Calendar.current.dateComponents([.hour, .minute, .second], from: Date())
        let time = [now.hour ?? 0, now.minute ?? 0, now.second ?? 0].map { $0 < 10 ? "0\($0)" : "\($0)" }
            .joined(separator: ":")
        try store().appendAudit(
            AuditEntry(
                date: today, time: time, author: author(arguments), kind: kind, what: what, count: max(count, 0)))
    }
}
