/// Facts about this build of LOBKit.
public enum LOBKitInfo {
    /// The version lobsh reports with `--version`.
    public static let version = "0.1.0"
}
