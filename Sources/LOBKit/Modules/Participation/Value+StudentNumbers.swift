import Foundation

extension Value {
    /// The student numbers in a pipeline's input (`leerling lijst --klas H4A | deelname …`): its
    /// `leerlingnummer` column, in order; nil when nothing came in.
    func studentNumbers(for command: String, at span: SourceSpan) throws(LOBError) -> [String]? {
        if case .nothing = self { return nil }
        guard let table = asTable else {
            throw LOBError(.usage, Message(.participationInputNotTable, command), at: span)
        }
        guard let column = table.columnIndex("leerlingnummer") else {
            throw LOBError(
                .usage,
                Message(.participationInputWithoutNumbers, command, table.columns.joined(separator: ", ")), at: span)
        }
        return table.rows.compactMap { row -> String? in
            guard column < row.count else { return nil }
            let number = row[column].plainText.trimmingCharacters(in: .whitespaces)
            return number.isEmpty ? nil : number
        }
    }
}
