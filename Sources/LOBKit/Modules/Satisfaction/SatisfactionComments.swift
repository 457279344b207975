/// `tevredenheid opmerkingen [--schooljaar] [--deelbaar]`: the respondents' open comments, without names (none
/// are stored), with whether the school marked them as shareable.
struct SatisfactionComments: Command {
    static let spec = CommandSpec(
        "opmerkingen", group: "tevredenheid", aliases: ["comments"],
        summary: Localized(
            nl: "Toont de open opmerkingen van respondenten (zonder namen) en of ze deelbaar zijn",
            en: "Lists the respondents' open comments (without names) and whether they are shareable"),
        flags: [
            Flag(
                "schooljaar", aliases: ["school-year"], .schoolYear,
                help: Localized(
                    nl: "Alleen opmerkingen van dit schooljaar (standaard alle)",
                    en: "Only comments of this school year (default all)")),
            Flag.switch(
                "deelbaar", aliases: ["shareable"],
                help: Localized(
                    nl: "Alleen de opmerkingen die de school als deelbaar markeerde",
                    en: "Only the comments the school marked as shareable")),
        ],
        examples: [
            Example("tevredenheid opmerkingen", Localized(nl: "Alle opmerkingen", en: "All comments")),
            Example(
                "tevredenheid opmerkingen --deelbaar --schooljaar $schooljaar",
                Localized(
                    nl: "De opmerkingen van dit schooljaar die in het jaarverslag mogen",
                    en: "This school year's comments that may go into the yearly report")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let comments = try context.store().satisfactionComments(
            schoolYear: arguments.schoolYear("schooljaar"), shareableOnly: arguments.isSet("deelbaar"))
        return .table(
            Table(
                columns: ["nummer", "schooljaar", "bron", "item", "opmerking", "deelbaar"],
                rows: comments.map { comment in
                    [
                        .integer(Int(comment.id)), .schoolYear(comment.schoolYear), .text(comment.source),
                        .optionalText(comment.itemID), .text(comment.text), .yesNo(comment.isShareable),
                    ]
                }))
    }
}
