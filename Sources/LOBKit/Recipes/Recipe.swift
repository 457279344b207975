import Foundation

/// A recipe: a `.lob` script in one of the recipe folders, known by its file name without `.lob`.
public struct Recipe: Sendable, Equatable {
    /// The name `recept` takes: the file name without `.lob` (`wekelijkse-opvolging`).
    public let name: String
    /// The script's absolute path.
    public let path: String
    /// What the recipe answers: its header's first line without `# naam:`.
    public let summary: String
    /// Its parameters, from its `vereis` lines, in order.
    public let parameters: [RecipeParameter]

    public init(name: String, path: String, summary: String, parameters: [RecipeParameter]) {
        self.name = name
        self.path = path
        self.summary = summary
        self.parameters = parameters
    }

    /// The recipe's header line and parameters, read from its text; a script that does not parse still has
    /// its header, and no parameters.
    init(name: String, path: String, text: String, parser: Parser) {
        let first = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var summary = ""
        if first.hasPrefix("#") {
            summary = first.dropFirst().trimmingCharacters(in: .whitespaces)
            if summary.hasPrefix(name + ":") {
                summary = summary.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            }
        }
        let statements = (try? parser.parse(Source(name: path, text: text))) ?? []
        self.init(name: name, path: path, summary: summary, parameters: RecipeParameter.declared(in: statements))
    }

    /// The parameters as a usage shows them: `weken=… [mentor=""]`.
    public var usage: String {
        parameters.map(\.usage).joined(separator: " ")
    }
}

/// A parameter a recipe declares with `vereis NAAM [STANDAARD]`.
public struct RecipeParameter: Sendable, Equatable {
    public let name: String
    /// The default as written (`6`, `$schooljaar`, an empty text); nil when the parameter is required.
    public let defaultValue: String?

    public init(name: String, defaultValue: String?) {
        self.name = name
        self.defaultValue = defaultValue
    }

    /// `weken=…` when required, `[weken=6]` with a default (`[mentor=""]` for an empty one).
    public var usage: String {
        guard let defaultValue else { return name + "=…" }
        return "[\(name)=\(defaultValue.isEmpty ? "\"\"" : defaultValue)]"
    }

    /// The parameters the top-level `vereis` statements of a script declare, in order.
    static func declared(in statements: [Statement]) -> [RecipeParameter] {
        var parameters: [RecipeParameter] = []
        for case .pipeline(let pipeline) in statements {
            guard pipeline.stages.count == 1, let words = pipeline.stages.first?.words,
                let keyword = words.first?.literalText, Require.spec.allNames.contains(keyword),
                let name = words.dropFirst().first?.literalText
            else { continue }
            let fallback = words.dropFirst(2).first.map { word in
                word.parts.map { part in
                    switch part {
                    case .literal(let literal): literal
                    case .variable(let variable, _, _): "$" + variable
                    }
                }.joined()
            }
            parameters.append(RecipeParameter(name: name, defaultValue: fallback))
        }
        return parameters
    }
}
