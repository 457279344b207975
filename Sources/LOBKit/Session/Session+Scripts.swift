import Foundation

extension Session {
    /// Runs the script at `path` in this session, as `bron` and `recept` do: its `naam=waarde` parameters
    /// become variables first, a script that is already running is refused, and errors point into the script.
    ///
    /// `typed` is the path or name as the user wrote it, for errors; `usageName` is how the usage of a missing
    /// parameter calls the script (its path by default).
    func runScript(
        at path: String, typed: String, parameters: [(String, SourceSpan)], usageName: String? = nil,
        context: CommandContext, at span: SourceSpan
    ) throws(LOBError) {
        guard !scriptStack.contains(path) else {
            throw LOBError.usage(.scriptIncludesItself, typed, at: span)
        }
        let data = try context.readFile(path, at: span)
        guard let text = String(data: data, encoding: .utf8) else {
            throw LOBError(.failed, Message(.fileNotUTF8, typed), at: span)
        }
        if let nul = data.firstIndex(of: 0) {
            let line = CSVReader.lineEnds(in: data[data.startIndex..<nul]) + 1
            throw LOBError(.failed, Message(.scriptIsBinary, typed, String(line)), at: span)
        }
        for (parameter, parameterSpan) in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw LOBError.usage(.expectedParameter, parameter, at: parameterSpan)
            }
            setVariable(String(parameter[..<equals]), String(parameter[parameter.index(after: equals)...]))
        }
        scriptStack.append(path)
        defer { scriptStack.removeLast() }
        try runThrowing(Source(name: displayPath(path), text: text), usageName: usageName)
    }

    /// A path as errors show it: relative to the working directory when it is below it.
    func displayPath(_ path: String) -> String {
        let directory = workingDirectory
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
