import Foundation
import GRDB

/// Names as lobsh matches what is typed: lower case and without diacritics (`Zoë Özdemir` → `zoe ozdemir`), so
/// that an index on a column of keys finds by prefix what `Value.compareText` would find comparing each name.
enum SearchKey {
    /// The key of the non-empty `parts` joined by spaces: `of(["Zoë", "'t", "Hart"])` is `zoe 't hart`.
    static func of(_ parts: [String]) -> String {
        of(parts.filter { !$0.isEmpty }.joined(separator: " "))
    }

    static func of(_ text: String) -> String {
        // Most names are ASCII: lower-casing them is all there is to do, and fast for a million rows.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The least text greater than every key that starts with `key`: `key` up to it is a range an index serves.
    static func upperBound(of key: String) -> String {
        key + "\u{10FFFF}"
    }

    /// `lob_zoeksleutel(deel, …)`: `of(_:)` in SQL, for the migrations that fill a column of keys.
    /// Registered on the store's connection before it migrates.
    static let sqlFunction = DatabaseFunction("lob_zoeksleutel", pure: true) { values in
        of(values.map { String.fromDatabaseValue($0) ?? "" })
    }
}
