/// `leerling lijst`: the students, filtered; sorted by class and name.
struct StudentList: Command {
    static let spec = CommandSpec(
        "lijst", group: "leerling", aliases: ["list"],
        summary: Localized(
            nl: "Toont leerlingen, gesorteerd op klas en naam", en: "Lists students, sorted by class and name"),
        flags: [
            Flag(
                "leerjaar", aliases: ["year"], .integer, repeatable: true,
                help: Localized(nl: "Alleen dit leerjaar", en: "Only this year")),
            Flag(
                "schooltype", aliases: ["school-type"], .choice(SchoolType.allCases.map(\.rawValue)), repeatable: true,
                help: Localized(nl: "Alleen dit schooltype", en: "Only this school type")),
            Flag("klas", aliases: ["class"], .text, help: Localized(nl: "Alleen deze klas", en: "Only this class")),
            Flag(
                "mentor", .text,
                help: Localized(
                    nl: "Alleen leerlingen van deze mentor (deel van de naam volstaat)",
                    en: "Only this mentor's students (part of the name will do)")),
            Flag(
                "vestiging", aliases: ["branch"], .text,
                help: Localized(
                    nl: "Alleen deze vestiging (code, BRIN, nummer of naam)",
                    en: "Only this branch (code, BRIN, number or name)")),
        ],
        examples: [
            Example(
                "leerling lijst --leerjaar 3 | aantal",
                Localized(nl: "Hoeveel leerlingen in leerjaar 3", en: "How many students in year 3")),
            Example("leerling lijst --schooltype havo --leerjaar 5", Localized(nl: "Havo 5", en: "Havo 5")),
            Example("leerling lijst --klas H4A", Localized(nl: "Eén klas", en: "One class")),
            Example(
                "leerling lijst --mentor \"de vries\" | kolommen leerlingnummer roepnaam achternaam klas",
                Localized(nl: "De leerlingen van een mentor", en: "A mentor's students")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        var query = StudentQuery()
        query.years = arguments.all("leerjaar").compactMap { if case .integer(let year) = $0 { year } else { nil } }
        query.schoolTypes = arguments.texts("schooltype").compactMap(SchoolType.init(rawValue:))
        query.className = arguments.text("klas")
        query.mentor = arguments.text("mentor")
        if let branch = arguments.text("vestiging") {
            query.branchID = try store.branch(matching: branch, at: arguments.span("vestiging")).id
        }
        let students = try store.students(query).sorted { left, right in
            for (a, b) in [
                (left.className, right.className), (left.surname, right.surname), (left.givenName, right.givenName),
                (left.number, right.number),
            ] {
                let order = Value.compareText(a, b)
                if order != .orderedSame { return order == .orderedAscending }
            }
            return false
        }
        let branches = try store.branches()
        guard branches.count > 1 else {
            return .table(Table(columns: Student.columns, rows: students.map(\.cells)))
        }
        let codes = Dictionary(branches.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        return .table(
            Table(
                columns: Student.columns + ["vestiging"],
                rows: students.map { $0.cells + [.text(codes[$0.branchID] ?? "")] }))
    }
}
