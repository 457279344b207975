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
        var text = ""
        render(value, as: format, to: &text)
        return text
    }

    public func render(_ table: Table, as format: OutputFormat) -> String {
        var text = ""
        render(table, as: format, to: &text)
        return text
    }

    /// Writes the rendered value to `output` a line at a time: a table of a million rows on its way to the
    /// terminal or a file (through a `ChunkedOutput`) is never a second copy of itself as one string.
    public func render(_ value: Value, as format: OutputFormat, to output: inout some TextOutputStream) {
        switch value {
        case .nothing:
            return
        case .table(let table):
            render(table, as: format, to: &output)
        case .record(let record):
            if format == .table {
                output.write(renderRecord(record))
            } else if format == .json {
                output.write(json(record) + "\n")
            } else {
                render(Value.record(record).asTable ?? Table(columns: [], rows: []), as: format, to: &output)
            }
        default:
            output.write(format == .json ? json(value) + "\n" : value.plainText)
        }
    }

    public func render(_ table: Table, as format: OutputFormat, to output: inout some TextOutputStream) {
        switch format {
        case .table: aligned(table, to: &output)
        case .csv: delimited(table, separator: ",", to: &output)
        case .tsv: delimited(table, separator: "\t", to: &output)
        case .json:
            output.write("[")
            for (index, row) in table.rows.enumerated() {
                if index > 0 { output.write(",\n ") }
                output.write(json(Record(zip(table.columns, row).map(Record.Field.init))))
            }
            output.write("]\n")
        case .markdown: markdown(table, to: &output)
        }
    }

    /// Two passes over the rows, the first for the column widths, so that no copy of every cell is kept.
    private func aligned(_ table: Table, to output: inout some TextOutputStream) {
        var widths = table.columns.map(\.count)
        for row in table.rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.plainText.onOneLine.count)
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
        output.write(header)
        output.write(line(widths.map { String(repeating: "-", count: $0) }))
        for row in table.rows {
            output.write(
                line(
                    row.enumerated().map { index, value in
                        let cell = value.plainText.onOneLine
                        return index < widths.count ? pad(cell, widths[index], right: numeric[index]) : cell
                    }))
        }
        let count = table.rows.count
        output.write("(" + Message(count == 1 ? .oneRow : .rowCount, String(count)).text(language) + ")\n")
    }

    private func renderRecord(_ record: Record) -> String {
        let width = record.fields.map(\.name.count).max() ?? 0
        let gap = theme == .presentation ? "   " : " "
        return record.fields.map { field in
            let name = field.name + ":" + String(repeating: " ", count: width - field.name.count)
            return (colour ? "\u{1B}[1m\(name)\u{1B}[0m" : name) + gap + field.value.plainText
        }.joined(separator: "\n") + "\n"
    }

    private func delimited(_ table: Table, separator: Character, to output: inout some TextOutputStream) {
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
        output.write(table.columns.map(field).joined(separator: sep) + "\n")
        for row in table.rows {
            output.write(row.map { field($0.plainText) }.joined(separator: sep) + "\n")
        }
    }

    private func markdown(_ table: Table, to output: inout some TextOutputStream) {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
        }
        output.write("| " + table.columns.map(cell).joined(separator: " | ") + " |\n")
        output.write("|" + table.columns.indices.map { _ in " --- |" }.joined() + "\n")
        for row in table.rows {
            output.write("| " + row.map { cell($0.plainText) }.joined(separator: " | ") + " |\n")
        }
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

/// Text written on in pieces of about 64 KB: a renderer's output on its way to a sink or a file, without
/// ever holding the whole of it.
public struct ChunkedOutput: TextOutputStream {
    private var buffer = ""
    private let flush: (String) throws -> Void
    /// The first error `flush` threw; nothing is written after it.
    public private(set) var error: (any Error)?
    /// Whether anything was written, and whether the last of it ended a line.
    public private(set) var isEmpty = true
    public private(set) var endsWithNewline = false

    public init(_ flush: @escaping (String) throws -> Void) {
        self.flush = flush
        buffer.reserveCapacity(1 << 16)
    }

    public mutating func write(_ text: String) {
        guard !text.isEmpty else { return }
        isEmpty = false
        endsWithNewline = text.hasSuffix("\n")
        buffer += text
        if buffer.utf8.count >= 1 << 16 { finish() }
    }

    /// Hands on what is buffered.
    public mutating func finish() {
        guard !buffer.isEmpty else { return }
        if error == nil {
            do { try flush(buffer) } catch { self.error = error }
        }
        buffer.removeAll(keepingCapacity: true)
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
