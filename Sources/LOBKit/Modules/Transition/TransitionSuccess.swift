/// `doorstroom succes`: per group, the share of one cohort still in the same programme a year later, switched,
/// dropped out, or not known: from the school's own records, or (`--bron instellingen`) from the aggregated
/// first-year results institutions send back, which network modules contribute (`SuccessSource`). DUO's
/// aggregates have no status.
struct TransitionSuccess: Command {
    static let spec = CommandSpec(
        "succes", group: "doorstroom", aliases: ["success"],
        summary: Localized(
            nl: "Succes na een jaar: aandeel doorgegaan, geswitcht, uitgevallen en onbekend per groep "
                + "(uit de eigen gegevens of de eerstejaarsresultaten van instellingen; standaard het laatste cohort "
                + "waarvan minstens de helft bekend is)",
            en: "Success after one year: share continued, switched, dropped out and unknown per group "
                + "(from the school's own records or the institutions' first-year results; default the latest "
                + "cohort with the status of at least half known)"),
        flags: [
            TransitionFlags.cohort, TransitionFlags.per(default: .schoolType), TransitionFlags.successSource,
            TransitionFlags.chart,
        ],
        examples: [
            Example(
                "doorstroom succes --per schooltype",
                Localized(nl: "Succes na een jaar per schooltype", en: "Success after one year per school type")),
            Example(
                "doorstroom succes --per schooltype --grafiek",
                Localized(nl: "Hetzelfde als staafgrafiek", en: "The same as a bar chart")),
            Example(
                "doorstroom succes --cohort 2024 --per bestemming",
                Localized(nl: "Cohort 2024 per bestemming", en: "Cohort 2024 per destination")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let grouping = TransitionFlags.grouping(arguments, default: .schoolType)
        let institutions = try TransitionFigures.load(
            .institutions, from: store, contributions: context.session.registry.successSources)
        let asked = arguments.text("bron").flatMap(TransitionSource.init(rawValue:))
        let ownCohort = try TransitionSuccess.defaultCohort(in: store)
        let cohort: Int
        let figures: TransitionFigures
        if asked == .institutions || (asked == nil && ownCohort == nil && !institutions.entries.isEmpty) {
            cohort = try Self.institutionCohort(arguments, figures: institutions, context: context)
            figures = institutions.only(cohort: cohort)
        } else {
            if arguments.integer("cohort") != nil {
                cohort = try TransitionFlags.cohort(arguments, source: .school, store: store, context: context)
            } else if let ownCohort {
                cohort = ownCohort
            } else {
                throw LOBError(.failed, Message(.transitionNoStatus), at: context.callSpan)
            }
            figures = try TransitionFigures.school(cohorts: [cohort], by: [grouping.column, .status], from: store)
        }
        if arguments.isSet("grafiek") {
            let title = Message(.transitionChartSuccess, String(cohort), grouping.rawValue).text(context.language)
            return .text(
                TransitionTables.successChart(figures, per: grouping, title: title, language: context.language).text())
        }
        return .table(TransitionTables.success(figures, per: grouping, language: context.language))
    }

    /// The cohort asked for among the institutions' figures (which must have it), else their latest.
    static func institutionCohort(_ arguments: Arguments, figures: TransitionFigures, context: CommandContext)
        throws(LOBError) -> Int
    {
        let cohorts = figures.cohorts
        guard let latest = cohorts.last else {
            throw LOBError(.failed, Message(.transitionNoInstitutionResults), at: context.callSpan)
        }
        guard let asked = arguments.integer("cohort") else { return latest }
        guard cohorts.contains(asked) else {
            throw LOBError(
                .failed,
                Message(
                    .transitionNoCohort, TransitionSource.institutions.rawValue, String(asked),
                    cohorts.map(String.init).joined(separator: ", ")),
                at: arguments.span("cohort"))
        }
        return asked
    }

    /// The latest cohort whose status after one year is known for at least half its alumni (a cohort examined
    /// this summer is mostly unknown still), else the latest with any status known.
    static func defaultCohort(upTo limit: Int? = nil, in store: StoreTransaction) throws(LOBError) -> Int? {
        var latestKnown: Int?
        // Counted in the store, newest first: usually the first cohort or two settle it.
        for cohort in try store.alumniCohorts().reversed() where limit == nil || cohort <= limit ?? cohort {
            let status = try store.alumniStatusKnown(cohort: cohort)
            guard status.known > 0 else { continue }
            if status.known * 2 >= status.records { return cohort }
            latestKnown = latestKnown ?? cohort
        }
        return latestKnown
    }
}
