/// Flags the `verplichting` verbs share.
enum ObligationFlags {
    /// `--schooltype vmbo` stands for the four vmbo learning paths, as schools speak of "vmbo 4".
    static let allVmbo = "vmbo"

    static func schoolType(_ help: Localized) -> Flag {
        Flag(
            "schooltype", aliases: ["school-type"], .choice(SchoolType.allCases.map(\.rawValue) + [allVmbo]),
            repeatable: true, help: help)
    }

    static func year(_ help: Localized, repeatable: Bool) -> Flag {
        Flag("leerjaar", aliases: ["year"], .integer, repeatable: repeatable, help: help)
    }

    /// The school types given with `--schooltype`, `vmbo` spelled out, in their usual order, each once.
    static func schoolTypes(_ arguments: Arguments) -> [SchoolType] {
        let types = arguments.texts("schooltype").flatMap { text -> [SchoolType] in
            text == allVmbo ? SchoolType.allCases.filter(\.isVmbo) : SchoolType(rawValue: text).map { [$0] } ?? []
        }
        return Array(Set(types)).sorted()
    }

    /// The leerjaren given with a repeatable `--leerjaar`.
    static func years(_ arguments: Arguments) -> [Int] {
        arguments.all("leerjaar").compactMap { if case .integer(let year) = $0 { year } else { nil } }
    }
}
