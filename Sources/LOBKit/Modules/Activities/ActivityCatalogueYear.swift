/// The catalogue as it stands in one school year: activities without a period, and those whose period touches it.
enum ActivityCatalogueYear {
    /// `--schooljaar` for `dekking` and `samenhang`.
    static let flag = Flag(
        "schooljaar", aliases: ["school-year"], .schoolYear,
        help: Localized(
            nl:
                "Alleen activiteiten in dit schooljaar; die zonder van en tot tellen altijd mee (standaard het huidige)",
            en:
                "Only activities in this school year; those without from and until always count (default the current one)"
        ))

    /// The activities of the `--schooljaar` given, else of the current school year.
    static func activities(_ arguments: Arguments, context: CommandContext) throws(LOBError) -> [Activity] {
        let year = context.schoolYear(arguments)
        return try context.store().activities().filter { $0.takesPlace(in: year) }
    }
}
