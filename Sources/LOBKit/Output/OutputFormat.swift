/// The formats a result can be rendered in.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table = "tabel"
    case csv
    case tsv
    case json
    case markdown = "md"

    /// The format a file extension asks for (`.csv`, `.tsv`, `.json`, `.md`), nil for others.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "md", "markdown": self = .markdown
        case "txt": self = .table
        default: return nil
        }
    }

    /// The names `naar` accepts, English ones included.
    public static let names = ["tabel", "table", "csv", "tsv", "json", "md", "markdown"]

    public init?(name: String) {
        switch name.lowercased() {
        case "tabel", "table": self = .table
        case "markdown", "md": self = .markdown
        default:
            guard let format = OutputFormat(rawValue: name.lowercased()) else { return nil }
            self = format
        }
    }
}
