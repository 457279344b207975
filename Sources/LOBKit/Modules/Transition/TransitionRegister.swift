import Foundation

/// `doorstroom registreer NUMMER --cohort … --schooltype … --bestemming …`: records (or updates) where one
/// alumnus went and how they fared a year later.
struct TransitionRegister: Command {
    static let spec = CommandSpec(
        "registreer", group: "doorstroom", aliases: ["register"],
        summary: Localized(
            nl: "Legt de bestemming van een oud-leerling vast, of werkt die bij (zoals de status na een jaar)",
            en: "Records where an alumnus went, or updates it (such as the status after one year)"),
        positionals: [
            Positional(
                "nummer", .studentNumber,
                help: Localized(
                    nl: "Het leerlingnummer (oud-leerlingen hoeven niet meer in de leerlingenlijst te staan)",
                    en: "The student number (alumni need not be in the roster any more)"))
        ],
        flags: [
            Flag(
                "cohort", aliases: ["exam-year"], .integer,
                help: Localized(
                    nl: "Het jaar van het examen, zoals 2025 (verplicht)",
                    en: "The year of the exam, such as 2025 (required)")),
            Flag(
                "schooltype", aliases: ["school-type"], .choice(SchoolType.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "Het schooltype van het diploma (verplicht bij een nieuwe oud-leerling)",
                    en: "The school type of the diploma (required for a new alumnus)")),
            Flag(
                "bestemming", aliases: ["destination"], .choice(Destination.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "Waar de leerling heen ging (verplicht bij een nieuwe oud-leerling)",
                    en: "Where the student went (required for a new alumnus)")),
            Flag(
                "profiel", aliases: ["profile"], .text,
                help: Localized(nl: "Profiel of sector", en: "Profile or sector")),
            Flag(
                "instelling", aliases: ["institution"], .text,
                help: Localized(
                    nl: "De school, hogeschool, universiteit of werkgever", en: "The institution or employer")),
            Flag("opleiding", aliases: ["programme"], .text, help: Localized(nl: "De opleiding", en: "The programme")),
            Flag(
                "status", .choice(FollowUpStatus.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "Een jaar later: doorgegaan (zelfde opleiding), geswitcht, uitgevallen of onbekend",
                    en: "One year later: doorgegaan (same programme), geswitcht (switched), uitgevallen (dropped out) "
                        + "or onbekend (unknown)")),
        ],
        examples: [
            Example(
                "doorstroom registreer 2291 --cohort 2026 --schooltype havo --profiel EM --bestemming hbo "
                    + "--instelling \"Hogeschool Zuid\" --opleiding Bedrijfskunde",
                Localized(nl: "Een havist die naar het hbo ging", en: "A havo graduate who went on to hbo")),
            Example(
                "doorstroom registreer 2291 --cohort 2026 --schooltype havo --bestemming hbo --status geswitcht",
                Localized(nl: "Een jaar later: geswitcht", en: "One year later: switched programmes")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let number = (arguments.text("nummer") ?? "").trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else {
            throw LOBError(.usage, Message(.transitionNeedsNumber), at: arguments.span("nummer"))
        }
        guard let cohort = arguments.integer("cohort") else {
            throw LOBError(.usage, Message(.transitionNeedsCohort), at: arguments.callSpan)
        }
        guard (1950...2200).contains(cohort) else {
            throw LOBError(
                .usage, Message(.transitionRowBadCohort, "--cohort", String(cohort)), at: arguments.span("cohort"))
        }
        let store = try context.store()
        let known = try store.alumnus(studentNumber: number, cohort: cohort)
        let type = arguments.text("schooltype").flatMap(SchoolType.init(rawValue:)) ?? known?.schoolType
        let destination = arguments.text("bestemming").flatMap(Destination.init(rawValue:)) ?? known?.destination
        guard let type, let destination else {
            throw LOBError(.usage, Message(.transitionNewNeedsTypeAndDestination, number), at: arguments.callSpan)
        }
        let alumnus = AlumnusDestination(
            studentNumber: number, cohort: cohort, schoolType: type,
            profile: arguments.text("profiel") ?? known?.profile ?? "", destination: destination,
            institution: arguments.text("instelling") ?? known?.institution ?? "",
            programme: arguments.text("opleiding") ?? known?.programme ?? "",
            status: arguments.text("status").flatMap(FollowUpStatus.init(rawValue:)) ?? known?.status ?? .unknown)
        _ = try store.saveAlumni([alumnus])
        let key: MessageKey = known == nil ? .transitionRegistered : .transitionUpdated
        return .text(
            Message(key, number, String(cohort), alumnus.destination.rawValue, alumnus.status.rawValue)
                .text(context.language))
    }
}
