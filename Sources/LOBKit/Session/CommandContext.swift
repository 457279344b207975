public import Foundation

/// What a running command may use: the store's transaction, the session's settings, notices.
public struct CommandContext {
    let session: Session
    /// The span of the command call, for errors about the call as a whole.
    public let callSpan: SourceSpan
    /// Whether this command's value goes straight to the session's output: the last stage of its
    /// pipeline, not redirected to a file.
    var isShownDirectly = false

    /// The language messages and help are in.
    public var language: UILanguage { session.language }

    /// The store, inside this command's transaction.
    public func store() throws(LOBError) -> StoreTransaction {
        guard let transaction = session.activeTransaction else {
            throw LOBError(.failed, Message(.databaseError, "no transaction"), at: callSpan)
        }
        return transaction
    }

    /// Whether this command's value is shown on a terminal and nowhere else: the last stage of its pipeline,
    /// not redirected, with lobsh's output a terminal.
    public var resultGoesToTerminalOnly: Bool { isShownDirectly && session.outputIsTerminal }

    /// The editor lobsh offers at the prompt, nil in scripts.
    public var textEditor: ((String) -> String?)? { session.textEditor }

    /// Today, or the date a recipe fixed with `zet vandaag`.
    public var today: LOBDate {
        session.variable("vandaag").flatMap(LOBDate.init(parsing:)) ?? session.today()
    }

    /// The current school year.
    public var schoolYear: SchoolYear { session.currentSchoolYear }

    /// Writes a notice (progress, a summary of skipped rows) to the diagnostics stream.
    public func notice(_ message: Message) {
        session.output.diagnostic(message.text(language) + "\n")
    }

    /// A path as the user meant it: relative paths from the working directory, `~` for home.
    public func resolvePath(_ path: String) -> String {
        Session.resolve(path, relativeTo: session.workingDirectory)
    }

    /// Reads a whole file, with a clear error when it is missing, a directory or unreadable.
    public func readFile(_ path: String, at span: SourceSpan) throws(LOBError) -> Data {
        let resolved = resolvePath(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
            throw LOBError(.failed, Message(.fileNotFound, path), at: span)
        }
        if isDirectory.boolValue { throw LOBError(.failed, Message(.fileIsDirectory, path), at: span) }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw LOBError(.failed, Message(.fileUnreadable, path), at: span)
        }
        return data
    }

    /// Runs a line of lobsh (one pipeline, no redirection) inside this command's transaction and returns its
    /// value: how a module builds on other modules' commands (`activiteit toevoegen …`) without their SQL.
    public func evaluate(_ line: String) throws(LOBError) -> Value {
        try session.evaluate(Source(name: callSpan.source.name, text: line))
    }
}

extension Session {
    static func resolve(_ path: String, relativeTo directory: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") {
            return NSHomeDirectory() + path.dropFirst()
        }
        return URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }
}
