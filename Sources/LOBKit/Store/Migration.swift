/// A schema step a module owns. Append-only: once landed, a migration is never edited.
public struct Migration: Sendable {
    /// Unique within its module, such as `v1-leerlingen`; the store prefixes the module's name.
    public let identifier: String
    public let sql: String

    public init(_ identifier: String, sql: String) {
        self.identifier = identifier
        self.sql = sql
    }
}
