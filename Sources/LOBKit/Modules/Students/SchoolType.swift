import Foundation

/// The school types (schooltypes) of Dutch secondary education that lobsh knows.
public enum SchoolType: String, CaseIterable, Sendable, Codable, Comparable {
    case vmboBB = "vmbo-bb"
    case vmboKB = "vmbo-kb"
    case vmboGL = "vmbo-gl"
    case vmboTL = "vmbo-tl"
    case havo
    case vwo

    /// The highest leerjaar of this school type (vmbo 4, havo 5, vwo 6).
    public var finalYear: Int {
        switch self {
        case .vmboBB, .vmboKB, .vmboGL, .vmboTL: 4
        case .havo: 5
        case .vwo: 6
        }
    }

    /// Whether this is one of the four vmbo learning paths.
    public var isVmbo: Bool { finalYear == 4 }

    public static func < (lhs: SchoolType, rhs: SchoolType) -> Bool {
        guard let left = allCases.firstIndex(of: lhs), let right = allCases.firstIndex(of: rhs) else { return false }
        return left < right
    }

    /// Reads the spellings schools' administrations export (`HAVO`, `vmbo bb`, `mavo`, `atheneum`, ...).
    public init?(spelling: String) {
        let key = spelling.lowercased()
            .trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: " ", with: "-")
            .replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: "/", with: "-")
        if let exact = SchoolType(rawValue: key) {
            self = exact
            return
        }
        switch key {
        case "bb", "vmbobb", "vmbo-basis", "basisberoepsgerichte-leerweg", "bbl": self = .vmboBB
        case "kb", "vmbokb", "vmbo-kader", "kaderberoepsgerichte-leerweg", "kbl": self = .vmboKB
        case "gl", "vmbogl", "gemengde-leerweg", "gl-tl": self = .vmboGL
        case "tl", "vmbotl", "vmbo-t", "mavo", "theoretische-leerweg": self = .vmboTL
        case "atheneum", "gymnasium", "vwo-atheneum", "vwo-gymnasium": self = .vwo
        default: return nil
        }
    }
}
