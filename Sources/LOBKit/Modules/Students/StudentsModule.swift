/// Students and vestigingen: the roster every other module builds on.
public struct StudentsModule: CommandModule {
    public init() {}

    public let name = "leerling"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Leerlingen en vestigingen: het rooster importeren en opzoeken",
        en: "Students and branches: importing and looking up the roster")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "leerling", aliases: ["student"],
                summary: Localized(
                    nl: "Leerlingen: importeren uit de leerlingadministratie, opzoeken, verwijderen",
                    en: "Students: import from the school administration, look up, remove")),
            CommandGroup(
                "vestiging", aliases: ["branch"],
                summary: Localized(
                    nl: "Vestigingen van de school of het bestuur (BRIN, vestigingsnummer, naam)",
                    en: "Branches of the school or school board (BRIN, branch number, name)")),
        ]
    }

    public var commands: [any Command] {
        [
            StudentImport(), StudentList(), StudentShow(), StudentDelete(), BranchList(), BranchAdd(), BranchEdit(),
            StudentLeave(),
        ]
    }

    public var migrations: [Migration] { StudentSchema.migrations }

    /// At most this many students for one Tab: the first by name of those the indexes find.
    static let completionLimit = 50

    /// Student numbers for `1042<Tab>`, and for `Jans<Tab>` the numbers of students whose name (full name or
    /// surname, without regard to case or diacritics) starts so; by name, at most `completionLimit`.
    public func completions(for type: ArgumentType, prefix: String, in store: StoreTransaction) throws(LOBError)
        -> [Completion]
    {
        guard type == .studentNumber else { return [] }
        var seen = Set<Int64>()
        let found = try store.students(startingWith: prefix, limit: Self.completionLimit).filter {
            seen.insert($0.id).inserted
        }
        return found.sorted { left, right in
            let order = Value.compareText(left.student.fullName, right.student.fullName)
            return order == .orderedSame ? left.id < right.id : order == .orderedAscending
        }
        .prefix(Self.completionLimit)
        .map {
            Completion(
                $0.student.number, display: "\($0.student.number)  \($0.student.fullName), \($0.student.className)")
        }
    }

    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let identity = DemoSchool.identity
        let branch = try store.addBranch(brin: identity.brin, number: identity.branch, name: identity.name)
        for demo in DemoSchool.students() {
            try store.upsert(
                Student(
                    number: demo.number, givenName: demo.givenName, infix: demo.infix ?? "", surname: demo.surname,
                    className: demo.className, year: demo.year, schoolType: demo.schoolType,
                    profile: demo.profile ?? "",
                    mentor: demo.mentor, branchID: branch.id))
        }
    }
}

extension StoreTransaction {
    /// The vestiging a `--vestiging` value names: its code (`99ZZ-00`), BRIN, number or name.
    func branch(matching text: String, at span: SourceSpan) throws(LOBError) -> Branch {
        let branches = try branches()
        let folded = text.lowercased()
        let matches = branches.filter {
            $0.code.lowercased() == folded || $0.brin.lowercased() == folded || $0.number == text
                || $0.name.lowercased() == folded
        }
        if matches.count == 1, let branch = matches.first { return branch }
        let known = branches.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        if matches.isEmpty { throw LOBError(.failed, Message(.unknownBranch, text, known), at: span) }
        throw LOBError(.failed, Message(.ambiguousBranch, text, known), at: span)
    }
}
