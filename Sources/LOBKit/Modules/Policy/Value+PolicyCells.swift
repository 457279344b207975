extension Value {
    /// A cell for a text that may be empty: nothing rather than an empty text, as student cells do.
    static func optionalText(_ text: String) -> Value {
        text.isEmpty ? .nothing : .text(text)
    }

    /// The `ja`/`nee` of a checklist or yes/no column; the same in both languages, as column values are.
    static func yesNo(_ value: Bool) -> Value {
        .text(value ? "ja" : "nee")
    }
}
