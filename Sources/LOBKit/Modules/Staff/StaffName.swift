import Foundation

/// How a name in the roster or in a conversation is linked to a staff member: by the name itself.
///
/// There is no separate link table (no `team koppel`): the roster's `mentor` column and a conversation's
/// participants hold names, not ids, and a name written the same way is the same person. "The same way" is
/// exact but for case, diacritics and runs of blanks, so `j. de vries` and `J. de  Vries` match `J. de Vries`,
/// and `J. de Vries` does not match `Jan de Vries`.
enum StaffName {
    /// The name with blanks trimmed and runs of blanks made one space, as it is stored.
    static func cleaned(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The name as it is compared: cleaned, without case and diacritics.
    static func key(_ name: String) -> String {
        cleaned(name).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
