import Foundation

/// A document for people: a report for the MR, a scan, a policy. Rendered as terminal text, Markdown
/// or a self-contained HTML page.
public struct Document: Sendable {
    public enum Block: Sendable {
        case heading(String)
        case paragraph(String)
        case list([String])
        case table(Table)
        case chart(BarChart)
    }

    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }

    /// For the terminal: headings underlined, tables aligned.
    public func text(language: UILanguage) -> String {
        var text = title + "\n" + String(repeating: "=", count: title.count) + "\n"
        for block in blocks {
            switch block {
            case .heading(let heading):
                text += "\n" + heading + "\n" + String(repeating: "-", count: heading.count) + "\n"
            case .paragraph(let paragraph):
                text += "\n" + paragraph + "\n"
            case .list(let items):
                text +=
                    "\n"
                    + items.map { "  - " + $0.replacingOccurrences(of: "\n", with: "\n    ") }.joined(separator: "\n")
                    + "\n"
            case .table(let table):
                text += "\n" + Renderer(language: language, colour: false).render(table, as: .table)
            case .chart(let chart):
                text += "\n" + chart.text()
            }
        }
        return text
    }

    public func markdown(language: UILanguage) -> String {
        var text = "# " + title + "\n"
        for block in blocks {
            switch block {
            case .heading(let heading): text += "\n## " + heading + "\n"
            case .paragraph(let paragraph): text += "\n" + paragraph + "\n"
            case .list(let items):
                text +=
                    "\n"
                    + items.map { "- " + $0.replacingOccurrences(of: "\n", with: "  \n  ") }.joined(separator: "\n")
                    + "\n"
            case .table(let table):
                text += "\n" + Renderer(language: language, colour: false).render(table, as: .markdown)
            case .chart(let chart):
                text += "\n```text\n" + chart.text() + "```\n"
            }
        }
        return text
    }

    /// A whole HTML page with its own style: it opens anywhere, offline (charts are inline SVG, nothing is
    /// loaded from elsewhere), and prints on A4.
    public func html(language: UILanguage) -> String {
        var body = "<h1>\(Document.escape(title))</h1>\n"
        for block in blocks {
            switch block {
            case .heading(let heading):
                body += "<h2>\(Document.escape(heading))</h2>\n"
            case .paragraph(let paragraph):
                body += "<p>\(Document.escape(paragraph).replacingOccurrences(of: "\n", with: "<br>"))</p>\n"
            case .list(let items):
                body +=
                    "<ul>\n"
                    + items.map { "<li>\(Document.escape($0).replacingOccurrences(of: "\n", with: "<br>"))</li>\n" }
                    .joined() + "</ul>\n"
            case .table(let table):
                // A short table stays on one page in print; a long one breaks between rows, its header repeated.
                let attribute = table.rows.count <= Document.shortTable ? " class=\"short\"" : ""
                body +=
                    "<table\(attribute)>\n<thead><tr>"
                    + table.columns.map { "<th>\(Document.escape($0))</th>" }.joined()
                    + "</tr></thead>\n<tbody>\n"
                for row in table.rows {
                    body +=
                        "<tr>"
                        + row.map { cell in
                            let attribute = cell.isNumber ? " class=\"number\"" : ""
                            return "<td\(attribute)>\(Document.escape(cell.plainText))</td>"
                        }.joined() + "</tr>\n"
                }
                body += "</tbody>\n</table>\n"
            case .chart(let chart):
                body += "<figure class=\"chart\">\n" + chart.svg() + "</figure>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Document.escape(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.4; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
            table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.95rem; }
            th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; } td.number { text-align: right; }
            figure.chart { margin: 0.75rem 0; break-inside: avoid; }
            figure.chart svg { display: block; width: 100%; max-width: 42rem; height: auto; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { margin: 0; padding: 0; max-width: none; font-size: 10.5pt; }
              h2 { break-after: avoid; } table.short, figure.chart, tr { break-inside: avoid; }
              thead { display: table-header-group; }
              th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// Tables with at most this many rows are kept on one page when printed.
    static let shortTable = 16

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
