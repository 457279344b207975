/// `activiteit samenhang [--schooltype …]`: whether each school type's programme hangs together.
struct ActivityCoherence: Command {
    static let spec = CommandSpec(
        "samenhang", group: "activiteit", aliases: ["coherence"],
        summary: Localized(
            nl:
                "Gaat per schooltype na of elk keuzemoment op tijd voorbereid wordt en elk leerjaar voortbouwt op het vorige",
            en:
                "Checks per school type whether every choice moment is prepared in time and every year builds on the one before"
        ),
        flags: [
            Flag(
                "schooltype", aliases: ["school-type"], .choice(ActivityFlags.schoolTypes),
                help: Localized(nl: "Alleen dit schooltype (standaard alle)", en: "Only this school type (default all)")
            ),
            ActivityCatalogueYear.flag,
        ],
        examples: [
            Example("activiteit samenhang", Localized(nl: "Alle schooltypen", en: "All school types")),
            Example("activiteit samenhang --schooltype havo", Localized(nl: "Alleen havo", en: "Only havo")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let activities = try ActivityCatalogueYear.activities(arguments, context: context)
        let types = arguments.text("schooltype").flatMap(SchoolType.init(rawValue:)).map { [$0] } ?? SchoolType.allCases
        let check = CoherenceCheck(activities: activities, schoolTypes: types)
        var rows: [[Value]] = []
        for type in types {
            let findings = check.findings(for: type)
            if findings.isEmpty {
                rows.append([.text(type.rawValue), .text(Message(.activityCoherent).text(context.language)), .nothing])
            }
            for finding in findings {
                rows.append([
                    .text(type.rawValue), .text(finding.text(context.language)),
                    .optionalText(finding.codes.joined(separator: ", ")),
                ])
            }
        }
        return .table(Table(columns: ["schooltype", "bevinding", "activiteiten"], rows: rows))
    }
}
