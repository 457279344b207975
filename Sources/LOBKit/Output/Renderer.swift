import Foundation

/// Renders values as aligned tables, CSV, TSV, JSON or Markdown.
public struct Renderer {
    public let language: UILanguage
    public let colour: Bool
    /// Column gaps of aligned tables and records; files are rendered in the standard theme.
    public let theme: Theme

    public init(language: UILanguage, colour: Bool, theme: Theme = .standard) {
        self.language = language
        self.colour = colour
        self.theme = theme
    }

    public func render(_ value: Value, as format: OutputFormat) -> String {
        switch value {
        case .nothing:
            return ""
        case .table(let table):
            return render(table, as: format)
        case .record(let record):
            if format == .table { return renderRecord(record) }
            if format == .json { return json(record) + "\n" }
            return render(Value.record(record).asTable ?? Table(columns: [], rows: []), as: format)
        default:
            if format == .json { return json(value) + "\n" }
            return value.plainText
        }
    }

    public func render(_ table: Table, as format: OutputFormat) -> String {
        switch format {
        case .table: return aligned(table)
        case .csv: return delimited(table, separator: ",")
        case .tsv: return delimited(table, separator: "\t")
        case .json:
            return "["
                + table.rows.map { json(Record(zip(table.columns, $0).map(Record.Field.init))) }
                .joined(separator: ",\n ") + "]\n"
        case .markdown: return markdown(table)
        }
    }

    private func aligned(_ table: Table) -> String {
        let cells = table.rows.map { $0.map(\.plainText.onOneLine) }
        var widths = table.columns.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func pad(_ text: String, _ width: Int, right: Bool) -> String {
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return right ? padding + text : text + padding
        }
        func line(_ parts: [String]) -> String {
            var text = parts.joined(separator: theme.columnGap)
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        let numeric = table.columns.indices.map { column in
            !table.rows.isEmpty
                && table.rows.allSatisfy { column >= $0.count || $0[column].isNumber || $0[column] == .nothing }
        }
        var header = line(table.columns.enumerated().map { pad($1, widths[$0], right: numeric[$0]) })
        if colour { header = "\u{1B}[1m" + header.dropLast() + "\u{1B}[0m\n" }
        var text = header + line(widths.map { String(repeating: "-", count: $0) })
        for row in cells {
            text += line(
                row.enumerated().map { index, cell in
                    index < widths.count ? pad(cell, widths[index], right: numeric[index]) : cell
                })
        }
        let count = table.rows.count
        text += "(" + Message(count == 1 ? .oneRow : .rowCount, String(count)).text(language) + ")\n"
        return text
    }

    private func renderRecord(_ record: Record) -> String {
        let width = record.fields.map(\.name.count).max() ?? 0
        let gap = theme == .presentation ? "   " : " "
        return record.fields.map { field in
            let name = field.name + ":" + String(repeating: " ", count: width - field.name.count)
            return (colour ? "\u{1B}[1m\(name)\u{1B}[0m" : name) + gap + field.value.plainText
        }.joined(separator: "\n") + "\n"
    }

    private func delimited(_ table: Table, separator: Character) -> String {
        func field(_ text: String) -> String {
            if separator == "\t" {
                return text.onOneLine
            }
            // Scalars, not Characters: "\r\n" is one Character that equals neither "\r" nor "\n".
            let special: Set<Unicode.Scalar> = [separator.unicodeScalars.first ?? ",", "\"", "\n", "\r"]
            guard text.unicodeScalars.contains(where: special.contains) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        let sep = String(separator)
        var text = table.columns.map(field).joined(separator: sep) + "\n"
        for row in table.rows {
            text += row.map { field($0.plainText) }.joined(separator: sep) + "\n"
        }
        return text
    }

    private func markdown(_ table: Table) -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
        }
        var text = "| " + table.columns.map(cell).joined(separator: " | ") + " |\n"
        text += "|" + table.columns.indices.map { _ in " --- |" }.joined() + "\n"
        for row in table.rows {
            text += "| " + row.map { cell($0.plainText) }.joined(separator: " | ") + " |\n"
        }
        return text
    }

    private func json(_ record: Record) -> String {
        "{" + record.fields.map { jsonString($0.name) + ": " + json($0.value) }.joined(separator: ", ") + "}"
    }

    private func json(_ value: Value) -> String {
        switch value {
        case .nothing: return "null"
        case .integer(let number): return String(number)
        case .decimal(let number): return number.isFinite ? String(number) : "null"
        case .record(let record): return json(record)
        case .table(let table):
            return "["
                + table.rows.map { json(Record(zip(table.columns, $0).map(Record.Field.init))) }
                .joined(separator: ", ") + "]"
        default: return jsonString(value.plainText)
        }
    }

    private func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension String {
    /// The text with tabs and line ends as spaces, so that one value stays on one line of a table.
    var onOneLine: String {
        guard unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return self }
        return String(
            String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
