/// A student (leerling) as the school's administration knows them.
public struct Student: Sendable, Equatable {
    public var number: String
    public var givenName: String
    public var infix: String
    public var surname: String
    public var className: String
    public var year: Int
    public var schoolType: SchoolType
    public var profile: String
    public var mentor: String
    /// The vestiging's id in the store.
    public var branchID: Int64

    /// "Zoë 't Hart"
    public var fullName: String { Self.fullName(given: givenName, infix: infix, surname: surname) }

    /// "Zoë 't Hart": the parts that are not empty, with a space between. Also for the row types of long lists
    /// that read only the name's columns; made for every row, so without an array.
    static func fullName(given: String, infix: String, surname: String) -> String {
        var name = given
        for part in [infix, surname] where !part.isEmpty {
            if !name.isEmpty { name += " " }
            name += part
        }
        return name
    }

    /// The full name as `Jans<Tab>` finds it: lower case, without diacritics (`zoe 't hart`).
    var nameSearchKey: String { SearchKey.of([givenName, infix, surname]) }

    /// The surname as `Hart<Tab>` finds it.
    var surnameSearchKey: String { SearchKey.of(surname) }

    /// The columns a student has in tables; stable names that scripts' filters use.
    static let columns = [
        "leerlingnummer", "roepnaam", "tussenvoegsel", "achternaam", "klas", "leerjaar", "schooltype", "profiel",
        "mentor",
    ]

    var cells: [Value] {
        [
            .text(number), .text(givenName), .text(infix), .text(surname), .text(className), .integer(year),
            .text(schoolType.rawValue), .text(profile), .text(mentor),
        ].map { $0 == .text("") ? .nothing : $0 }
    }
}

/// A vestiging: one school location with its BRIN code and vestigingsnummer.
public struct Branch: Sendable, Equatable {
    public var id: Int64
    public var brin: String
    public var number: String
    public var name: String

    /// `99ZZ-00`
    public var code: String { brin.isEmpty ? number : "\(brin)-\(number)" }
}

/// Which students `leerling lijst` shows.
struct StudentQuery: Sendable {
    var years: [Int] = []
    var schoolTypes: [SchoolType] = []
    var className: String?
    var mentor: String?
    var branchID: Int64?
}
