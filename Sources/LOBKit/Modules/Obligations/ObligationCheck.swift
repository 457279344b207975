/// `verplichting check [NUMMER] [--leerjaar] [--klas] [--schooltype] [--peildatum]`: who meets the
/// inspanningsverplichting; with a number, one student's own view in words.
struct ObligationCheck: Command {
    static let spec = CommandSpec(
        "check", group: "verplichting", aliases: ["controleer"],
        summary: Localized(
            nl:
                "Toont per leerling of de regels van de inspanningsverplichting gehaald zijn, wie op schema ligt en wat nog open staat (wie achterloopt eerst); met een leerlingnummer: de eigen stand van die leerling, in woorden",
            en:
                "Shows per student whether the rules of the inspanningsverplichting are met, who is on track and what is still open (those behind first); with a student number: that student's own view, in words"
        ),
        positionals: [
            Positional(
                "nummer", .studentNumber, .optional,
                help: Localized(
                    nl: "Het leerlingnummer, voor de eigen stand van één leerling",
                    en: "The student number, for one student's own view"))
        ],
        flags: [
            ObligationFlags.year(
                Localized(nl: "Alleen dit leerjaar", en: "Only this leerjaar"),
                repeatable: true),
            Flag("klas", aliases: ["class"], .text, help: Localized(nl: "Alleen deze klas", en: "Only this class")),
            ObligationFlags.schoolType(
                Localized(
                    nl: "Alleen dit schooltype (vmbo staat voor alle vier de leerwegen)",
                    en: "Only this school type (vmbo stands for all four learning paths)")),
            Flag(
                "peildatum", aliases: ["as-of"], .date,
                help: Localized(
                    nl:
                        "Telt deelnames tot en met deze datum, in het schooljaar waarin ze valt (standaard vandaag, $vandaag)",
                    en:
                        "Counts participations up to this date, in the school year it falls in (default today, $vandaag)"
                )),
        ],
        examples: [
            Example(
                "verplichting check --schooltype havo --leerjaar 5",
                Localized(nl: "Hoe havo 5 ervoor staat", en: "Where havo 5 stands")),
            Example(
                "verplichting check --leerjaar 5 | waar schooltype = havo en voldaan = nee | aantal",
                Localized(
                    nl: "Hoeveel havo 5-leerlingen nog niet voldaan hebben",
                    en: "How many havo 5 students are not done yet")),
            Example(
                "verplichting check --klas H5A --peildatum 2026-06-30",
                Localized(nl: "Een klas op een eerdere peildatum", en: "A class on an earlier date")),
            Example(
                "verplichting check 1521",
                Localized(
                    nl: "De eigen stand van leerling 1521 (havo 5), in woorden",
                    en: "Student 1521's own view (havo 5), in words")),
        ]
    )

    /// Column names are the same in both languages, so that scripts work in both; so are `ja` and `nee`.
    static let columns = ["leerlingnummer", "naam", "klas", "schooltype", "leerjaar", "voldaan", "op-schema", "open"]

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let asOf = arguments.date("peildatum") ?? context.today
        if let number = arguments.text("nummer") {
            guard let student = try store.student(number: number) else {
                throw LOBError(.failed, Message(.unknownStudent, number), at: arguments.span("nummer"))
            }
            let catalogue = Dictionary(
                try store.activities().map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
            let view = ObligationStudentView(
                student: student, asOf: asOf,
                progress: try ObligationProgress.measure([student], asOf: asOf, in: store).first,
                catalogue: catalogue, policyText: try store.currentStudentObligation(in: asOf.schoolYear)?.text)
            return .text(view.document(context.language).text(language: context.language))
        }
        let rules = try store.obligationRules(
            schoolTypes: ObligationFlags.schoolTypes(arguments), years: ObligationFlags.years(arguments))
        let className = arguments.text("klas")
        // The rows as they are read, and per row a small key of plain integers to sort by: sorting the keys moves
        // no strings, and the numbers are compared only on a full tie.
        var rows: [[Value]] = []
        var keys: [SortKey] = []
        var classes = TextRanks()
        var surnames = TextRanks()
        var givenNames = TextRanks()
        for group in ObligationGroupRules.grouped(rules) {
            // Students with the same counts stand the same; a group has only a few such combinations.
            var standings: [[Int]: ObligationGroupRules.Standing] = [:]
            try store.obligationStandings(group, asOf: asOf, className: className) { student in
                let standing: ObligationGroupRules.Standing
                if let known = standings[student.counts] {
                    standing = known
                } else {
                    standing = group.standing(student.counts, asOf: asOf)
                    standings[student.counts] = standing
                }
                keys.append(
                    SortKey(
                        behind: !standing.isOnTrack, notMet: !standing.isMet,
                        open: UInt32(clamping: standing.openCount),
                        classRank: classes.id(student.className), surnameRank: surnames.id(student.surname),
                        givenNameRank: givenNames.id(student.givenName), index: UInt32(clamping: rows.count)))
                rows.append([
                    .text(student.number), .text(student.fullName), .optionalText(student.className),
                    .text(group.group.schoolType.rawValue), .integer(group.group.year), .yesNo(standing.isMet),
                    .yesNo(standing.isOnTrack), .optionalText(standing.openSummary),
                ])
            }
        }
        let (classRanks, surnameRanks, givenNameRanks) = (classes.ranks(), surnames.ranks(), givenNames.ranks())
        for index in keys.indices {
            keys[index].classRank = classRanks[Int(keys[index].classRank)]
            keys[index].surnameRank = surnameRanks[Int(keys[index].surnameRank)]
            keys[index].givenNameRank = givenNameRanks[Int(keys[index].givenNameRank)]
        }
        func number(_ key: SortKey) -> String {
            if case .text(let number) = rows[Int(key.index)][0] { return number }
            return ""
        }
        keys.sort { left, right in
            if left.precedes(right) { return true }
            if right.precedes(left) { return false }
            return Value.compareText(number(left), number(right)) == .orderedAscending
        }
        return .table(Table(columns: Self.columns, rows: keys.map { rows[Int($0.index)] }))
    }

    /// Where a row goes: behind schedule first, then not met, then the most still open; then by class and name
    /// (`Value.compareText`, through their ranks in `TextRanks`: first ids, then ranks), and last by number.
    /// 24 bytes: at national scale there are half a million.
    struct SortKey {
        var behind: Bool
        var notMet: Bool
        var open: UInt32
        var classRank: UInt32
        var surnameRank: UInt32
        var givenNameRank: UInt32
        /// The row's index.
        var index: UInt32

        /// Whether this key goes first without looking at the numbers.
        func precedes(_ other: SortKey) -> Bool {
            if behind != other.behind { return behind }
            if notMet != other.notMet { return notMet }
            if open != other.open { return open > other.open }
            if classRank != other.classRank { return classRank < other.classRank }
            if surnameRank != other.surnameRank { return surnameRank < other.surnameRank }
            return givenNameRank < other.givenNameRank
        }
    }
}
