/// `verplichting nieuw --schooltype T --leerjaar N (--soort K --minimaal N | --activiteit CODE… |
/// --competentie C --minimaal N) [--omschrijving TEKST]`: adds a rule, one per school type given.
struct ObligationAdd: Command {
    static let spec = CommandSpec(
        "nieuw", group: "verplichting", aliases: ["add", "new"],
        summary: Localized(
            nl:
                "Legt een regel van de inspanningsverplichting vast voor een schooltype en leerjaar (één regel per schooltype); een regel die met de catalogus nooit te halen is, wordt geweigerd",
            en:
                "Records a rule of the inspanningsverplichting for a school type and leerjaar (one rule per school type); a rule the catalogue makes impossible to meet is refused"
        ),
        flags: [
            ObligationFlags.schoolType(
                Localized(
                    nl: "Voor dit schooltype (vmbo staat voor alle vier de leerwegen); verplicht",
                    en: "For this school type (vmbo stands for all four learning paths); required")),
            ObligationFlags.year(
                Localized(nl: "Voor dit leerjaar; verplicht", en: "For this leerjaar; required"), repeatable: false),
            Flag(
                "soort", aliases: ["kind"], .choice(ActivityKind.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "Minimaal --minimaal verschillende activiteiten van deze soort",
                    en: "At least --minimaal different activities of this kind")),
            Flag(
                "activiteit", aliases: ["activity"], .activityCode, repeatable: true,
                help: Localized(
                    nl: "Deze activiteit moet gedaan zijn (elk van de genoemde)",
                    en: "This activity must be done (each one named)")),
            Flag(
                "competentie", aliases: ["competency"], .choice(Competency.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "Minimaal --minimaal verschillende activiteiten die deze loopbaancompetentie ontwikkelen",
                    en: "At least --minimaal different activities that develop this career competency")),
            Flag(
                "minimaal", aliases: ["minimum"], .integer,
                help: Localized(
                    nl: "Hoeveel activiteiten minstens (bij --soort en --competentie)",
                    en: "At least how many activities (with --soort and --competentie)")),
            Flag(
                "omschrijving", aliases: ["description"], .text,
                help: Localized(nl: "De regel in eigen woorden", en: "The rule in the school's own words")),
        ],
        examples: [
            Example(
                "verplichting nieuw --schooltype havo --leerjaar 4 --soort open-dag --minimaal 1 --omschrijving \"Eén open dag in havo 4\"",
                Localized(nl: "Minstens één open dag in havo 4", en: "At least one open day in havo 4")),
            Example(
                "verplichting nieuw --schooltype vmbo --leerjaar 3 --activiteit STAGE-3V",
                Localized(
                    nl: "De oriëntatiestage in vmbo 3, voor alle vier de leerwegen",
                    en: "The orientation placement in vmbo 3, for all four learning paths")),
            Example(
                "verplichting nieuw --schooltype havo --schooltype vwo --leerjaar 4 --competentie werkexploratie --minimaal 2",
                Localized(
                    nl: "Twee activiteiten voor werkexploratie in havo 4 en vwo 4",
                    en: "Two activities for work exploration in havo 4 and vwo 4")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let language = context.language
        let types = ObligationFlags.schoolTypes(arguments)
        guard !types.isEmpty else {
            throw LOBError.usage(.policyFlagRequired, "--schooltype", Self.spec.displayName, at: arguments.callSpan)
        }
        guard let year = arguments.integer("leerjaar") else {
            throw LOBError.usage(.policyFlagRequired, "--leerjaar", Self.spec.displayName, at: arguments.callSpan)
        }
        for type in types where !(1...type.finalYear).contains(year) {
            throw LOBError.usage(
                .obligationYearOutOfRange, type.rawValue, String(year), String(type.finalYear),
                at: arguments.span("leerjaar"))
        }
        let store = try context.store()
        let catalogue = try store.activities()
        let requirement = try Self.requirement(arguments, catalogue: catalogue)

        let existing = try store.obligationRules()
        let description = arguments.text("omschrijving")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var rules: [ObligationRule] = []
        for type in types {
            let group = ObligationGroup(schoolType: type, year: year)
            if let problem = ObligationFeasibility.problem(requirement, for: group, catalogue: catalogue) {
                throw LOBError(.failed, problem.message, at: Self.span(of: problem, arguments))
            }
            if let twin = existing.first(where: { $0.group == group && $0.requirement == requirement }) {
                throw LOBError(
                    .failed, Message(.obligationDuplicate, group.name, String(twin.id)), at: arguments.callSpan)
            }
            rules.append(
                ObligationRule(schoolType: type, year: year, requirement: requirement, description: description))
        }
        // Every school type is checked before anything is written: a refused rule leaves no half.
        var lines: [String] = []
        for rule in rules {
            let saved = try store.addObligationRule(rule)
            lines.append(
                Message(.obligationRuleAdded, String(saved.id), saved.group.name, requirement.words(language)).text(
                    language))
        }
        return .text(lines.joined(separator: "\n"))
    }

    /// The one form the flags give, its activities in the catalogue's spelling; usage errors for none or two.
    static func requirement(_ arguments: Arguments, catalogue: [Activity]) throws(LOBError) -> ObligationRequirement {
        let forms = ["soort", "activiteit", "competentie"].filter { arguments.isSet($0) }
        guard let form = forms.first else {
            throw LOBError.usage(.obligationNoForm, at: arguments.callSpan)
        }
        if forms.count > 1, let second = forms.dropFirst().first {
            throw LOBError.usage(.obligationTwoForms, "--" + form, "--" + second, at: arguments.span(second))
        }
        if form == "activiteit" {
            if arguments.isSet("minimaal") {
                throw LOBError.usage(.obligationMinimumNotWithActivities, at: arguments.span("minimaal"))
            }
            var codes: [String] = []
            for (code, span) in zip(arguments.texts("activiteit"), arguments.spans("activiteit")) {
                guard let activity = ObligationFeasibility.activity(code, in: catalogue) else {
                    throw LOBError(.failed, ObligationFeasibility.unknownActivity(code, in: catalogue), at: span)
                }
                if !codes.contains(activity.code) { codes.append(activity.code) }
            }
            return .activities(codes)
        }
        guard let minimum = arguments.integer("minimaal") else {
            throw LOBError.usage(.obligationMinimumMissing, "--" + form, at: arguments.span(form))
        }
        guard minimum >= 1 else {
            throw LOBError.usage(.obligationMinimumTooSmall, String(minimum), at: arguments.span("minimaal"))
        }
        if form == "soort", let kind = arguments.text("soort").flatMap(ActivityKind.init(rawValue:)) {
            return .kind(kind, minimum: minimum)
        }
        if let competency = arguments.text("competentie").flatMap(Competency.init(rawValue:)) {
            return .competency(competency, minimum: minimum)
        }
        throw LOBError.usage(.obligationNoForm, at: arguments.callSpan)
    }

    /// Where to put the caret for a problem: under the activity it is about, else under the minimum.
    private static func span(of problem: ObligationFeasibility.Problem, _ arguments: Arguments) -> SourceSpan {
        if let code = problem.activityCode,
            let index = arguments.texts("activiteit").firstIndex(where: { $0.lowercased() == code.lowercased() }),
            index < arguments.spans("activiteit").count
        {
            return arguments.spans("activiteit")[index]
        }
        return arguments.isSet("minimaal") ? arguments.span("minimaal") : arguments.callSpan
    }
}
