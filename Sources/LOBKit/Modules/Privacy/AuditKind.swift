/// What an entry of the audit log (`privacy_log`) records.
public enum AuditKind: String, CaseIterable, Sendable {
    /// Personal data written out of the database: `dossier exporteer`, `evaluatie export`, a network's export.
    case export
    /// `privacy opschonen --uitvoeren`.
    case purge = "opschonen"
    /// `privacy inzage`.
    case disclosure = "inzage"
    /// `privacy verwijder`.
    case deletion = "verwijdering"
}
