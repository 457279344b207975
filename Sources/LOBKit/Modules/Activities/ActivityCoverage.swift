/// `activiteit dekking [--schooltype …]`: leerjaar × competency with the number of activities, gaps marked.
struct ActivityCoverage: Command {
    static let spec = CommandSpec(
        "dekking", group: "activiteit", aliases: ["coverage"],
        summary: Localized(
            nl:
                "Toont per leerjaar en loopbaancompetentie hoeveel activiteiten er zijn; een gat staat er als 0 ! en de gaten worden in woorden genoemd",
            en:
                "Shows per year and career competency how many activities there are; a gap shows as 0 ! and is named in words"
        ),
        flags: [
            Flag(
                "schooltype", aliases: ["school-type"], .choice(ActivityFlags.schoolTypes),
                help: Localized(
                    nl:
                        "Alleen dit schooltype, met zijn leerjaren (standaard alle schooltypen samen, leerjaar 1 tot en met 6)",
                    en: "Only this school type, with its years (default all school types together, years 1 to 6)")),
            ActivityCatalogueYear.flag,
        ],
        examples: [
            Example("activiteit dekking", Localized(nl: "De hele school", en: "The whole school")),
            Example(
                "activiteit dekking --schooltype vmbo-bb", Localized(nl: "Alleen vmbo-bb", en: "Only vmbo-bb")),
            Example(
                "activiteit dekking --schooltype havo | waar netwerken = \"0 !\"",
                Localized(
                    nl: "De havo-leerjaren zonder netwerkactiviteit", en: "The havo years without a networking activity"
                )),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let activities = try ActivityCatalogueYear.activities(arguments, context: context)
        let matrix = CoverageMatrix(
            activities: activities, schoolType: arguments.text("schooltype").flatMap(SchoolType.init(rawValue:)))
        let gaps = matrix.gaps
        // In words on the side, so that the table itself stays a clean matrix for filters and files.
        context.notice(
            gaps.isEmpty
                ? Message(.activityCoverageNoGaps)
                : Message(.activityCoverageGaps, String(gaps.count), matrix.gapText(context.language)))
        return .table(matrix.table)
    }
}
