/// Flags the doorstroom commands share, and how they read them.
enum TransitionFlags {
    static let cohort = Flag(
        "cohort", aliases: ["exam-year"], .integer,
        help: Localized(
            nl: "Het cohort: het jaar van het examen, zoals 2025 (standaard het laatste met gegevens)",
            en: "The cohort: the year of the exam, such as 2025 (default the latest with data)"))

    static func per(default grouping: TransitionGrouping) -> Flag {
        Flag(
            "per", .choice(TransitionGrouping.allCases.map(\.rawValue)),
            help: Localized(
                nl: "Waarnaar gegroepeerd wordt (standaard \(grouping.rawValue))",
                en: "What to group by (default \(grouping.rawValue))"))
    }

    static let source = Flag(
        "bron", aliases: ["source"], .choice(TransitionSource.destinationSources.map(\.rawValue)),
        help: Localized(
            nl: "school: de eigen gegevens per oud-leerling; duo: DUO's open data (standaard school als de school "
                + "eigen gegevens heeft, anders duo)",
            en: "school: the school's own records per alumnus; duo: DUO's open data (default school when the school "
                + "has records of its own, else duo)"))

    static let chart = Flag.switch(
        "grafiek", aliases: ["chart"],
        help: Localized(
            nl: "Een staafgrafiek in plaats van de tabel (een bereik is gearceerd)",
            en: "A bar chart instead of the table (a range is shaded)"))

    static let successSource = Flag(
        "bron", aliases: ["source"],
        .choice([TransitionSource.school.rawValue, TransitionSource.institutions.rawValue]),
        help: Localized(
            nl: "school: de eigen gegevens per oud-leerling; instellingen: de eerstejaarsresultaten die hogescholen, "
                + "universiteiten of mbo-instellingen terugsturen, ingelezen door een netwerkmodule (standaard school "
                + "als de school een status na een jaar heeft, anders instellingen)",
            en: "school: the school's own records per alumnus; instellingen: the first-year results that universities "
                + "or mbo colleges send back, imported by a network module (default school when the school has a "
                + "status after one year, else instellingen)"))

    static func grouping(_ arguments: Arguments, default grouping: TransitionGrouping) -> TransitionGrouping {
        arguments.text("per").flatMap(TransitionGrouping.init(rawValue:)) ?? grouping
    }

    /// The source asked for, else the default for `cohort`; an error when there is no data at all.
    static func source(_ arguments: Arguments, cohort: Int?, store: StoreTransaction, context: CommandContext)
        throws(LOBError) -> TransitionSource
    {
        if let asked = arguments.text("bron").flatMap(TransitionSource.init(rawValue:)) { return asked }
        // A cohort no source has falls back to the source the latest cohort would use, which names the cohorts it has.
        if let found = try TransitionFigures.defaultSource(cohort: cohort, in: store) { return found }
        if let latest = try TransitionFigures.defaultSource(cohort: nil, in: store) { return latest }
        throw LOBError(.failed, Message(.transitionNoData), at: context.callSpan)
    }

    /// Refuses a grouping DUO's data does not have.
    static func checkGrouping(_ grouping: TransitionGrouping, source: TransitionSource, arguments: Arguments)
        throws(LOBError)
    {
        if source == .duo, !grouping.isInDUOData {
            throw LOBError(.usage, Message(.transitionDUONoGrouping, grouping.rawValue), at: arguments.span("per"))
        }
    }

    /// The cohort asked for (which must have data), else the latest of `source`.
    static func cohort(
        _ arguments: Arguments, source: TransitionSource, store: StoreTransaction, context: CommandContext
    )
        throws(LOBError) -> Int
    {
        let cohorts: [Int]
        switch source {
        case .school: cohorts = try store.alumniCohorts()
        case .duo: cohorts = try store.duoCohorts()
        case .institutions: cohorts = []
        }
        guard let latest = cohorts.last else {
            throw LOBError(.failed, Message(.transitionNoSourceData, source.rawValue), at: context.callSpan)
        }
        guard let asked = arguments.integer("cohort") else { return latest }
        guard cohorts.contains(asked) else {
            throw LOBError(
                .failed,
                Message(
                    .transitionNoCohort, source.rawValue, String(asked),
                    cohorts.map(String.init).joined(separator: ", ")),
                at: arguments.span("cohort"))
        }
        return asked
    }
}
