/// A command's arguments after binding: typed values by name, with the spans they came from.
public struct Arguments: Sendable {
    struct Bound: Sendable {
        var value: Value
        var span: SourceSpan
    }

    var values: [String: [Bound]] = [:]
    /// Where the whole command call is, for errors about it as a whole.
    public let callSpan: SourceSpan

    init(callSpan: SourceSpan) {
        self.callSpan = callSpan
    }

    /// The first value of a flag or positional.
    public func value(_ name: String) -> Value? { values[name]?.first?.value }

    /// Every value of a repeatable flag or variadic positional.
    public func all(_ name: String) -> [Value] { values[name]?.map(\.value) ?? [] }

    /// Where the (first) value of `name` was written; the call as a whole when it was not given.
    public func span(_ name: String) -> SourceSpan { values[name]?.first?.span ?? callSpan }

    /// The spans of every value of `name`.
    public func spans(_ name: String) -> [SourceSpan] { values[name]?.map(\.span) ?? [] }

    public func text(_ name: String) -> String? { value(name)?.plainText }

    public func texts(_ name: String) -> [String] { all(name).map(\.plainText) }

    public func integer(_ name: String) -> Int? {
        if case .integer(let number)? = value(name) { return number }
        return nil
    }

    public func date(_ name: String) -> LOBDate? {
        if case .date(let date)? = value(name) { return date }
        return nil
    }

    public func schoolYear(_ name: String) -> SchoolYear? {
        if case .schoolYear(let year)? = value(name) { return year }
        return nil
    }

    /// Whether a switch was given.
    public func isSet(_ name: String) -> Bool { values[name] != nil }

    /// The `key=value` pairs of a mapping flag, in the order given.
    public func mappings(_ name: String) -> [(key: String, value: String)] {
        texts(name).compactMap { pair in
            guard let equals = pair.firstIndex(of: "=") else { return nil }
            return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
    }

    mutating func add(_ name: String, _ value: Value, _ span: SourceSpan) {
        values[name, default: []].append(Bound(value: value, span: span))
    }
}
