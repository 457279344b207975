/// Facts about this build of LOBKit.
public enum LOBKitInfo {
    /// The version lobsh reports with `--version`.
    public static let version = "0.1.0"

    /// The version of the module API (`CommandModule`, `Command`, the store's public face) this LOBKit offers.
    ///
    /// A module declares the version it was written for; see `APIVersion.canLoad(_:)` for what fits.
    /// 1.1 added `CommandModule.successSources` (`SuccessSource`, `TransitionFigures.Entry.init`); 1.2 added
    /// `CSVImportFile`, `RowProblem` and `CSVHeader`, the checked reading of a module's import files.
    public static let apiVersion = APIVersion(major: 1, minor: 2)
}

/// A version of LOBKit's module API: the major changes when a module must be changed to keep working, the
/// minor when something was added.
public struct APIVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let major: Int
    public let minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    public var description: String { "\(major).\(minor)" }

    /// Whether a module written for `written` can be loaded by this API: the same major version, and no
    /// newer minor one (a module that uses an addition this LOBKit does not have yet would not build).
    public func canLoad(_ written: APIVersion) -> Bool {
        written.major == major && written.minor <= minor
    }

    public static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}
