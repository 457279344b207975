/// `activiteit wijzig CODE [flags]`: changes only the fields whose flags are given.
struct ActivityEdit: Command {
    /// The fields `--wis` can empty.
    enum ClearableField: String, CaseIterable {
        case description = "omschrijving"
        case schoolTypes = "schooltypen"
        case choiceMoment = "keuzemoment"
        case partner = "partner"
        case from = "van"
        case until = "tot"

        /// The flag that sets the field, which cannot go with `--wis` of it.
        var flag: String {
            switch self {
            case .schoolTypes: "schooltype"
            default: rawValue
            }
        }

        func clear(_ activity: inout Activity) {
            switch self {
            case .description: activity.description = ""
            case .schoolTypes: activity.schoolTypes = []
            case .choiceMoment: activity.choiceMoment = nil
            case .partner: activity.partner = ""
            case .from: activity.from = nil
            case .until: activity.until = nil
            }
        }
    }

    static let spec = CommandSpec(
        "wijzig", group: "activiteit", aliases: ["edit", "change"],
        summary: Localized(
            nl: "Wijzigt een activiteit: alleen wat je opgeeft; een herhaalbare vlag vervangt de hele lijst",
            en: "Changes an activity: only what you give; a repeatable flag replaces the whole list"),
        positionals: [ActivityCode.positional],
        flags: ActivityFlags.all + [
            .switch(
                "binnen-school", aliases: ["inside-school"],
                help: Localized(nl: "Ze vindt op school plaats", en: "It takes place at school")),
            .switch(
                "niet-verplicht", aliases: ["optional"],
                help: Localized(nl: "Meedoen is niet verplicht", en: "Taking part is not required")),
            Flag(
                "wis", aliases: ["clear"], .choice(ClearableField.allCases.map(\.rawValue)), repeatable: true,
                help: Localized(
                    nl: "Maakt een veld leeg (schooltypen leeg: alle schooltypen)",
                    en: "Empties a field (no school types: all school types)")),
        ],
        examples: [
            Example(
                "activiteit wijzig OD-HAN --leerjaar 5 --leerjaar 6 --verplicht",
                Localized(
                    nl: "Alleen nog voor leerjaar 5 en 6, en verplicht",
                    en: "Only for years 5 and 6 from now on, and required")),
            Example(
                "activiteit wijzig GESPREK-X --wis keuzemoment --partner \"Decanaat\"",
                Localized(
                    nl: "Geen keuzemoment meer, wel een partner", en: "No choice moment any more, but a partner")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        for (one, other) in [("buiten-school", "binnen-school"), ("verplicht", "niet-verplicht")]
        where arguments.isSet(one) && arguments.isSet(other) {
            throw LOBError.usage(.activityFlagConflict, "--" + one, "--" + other, at: arguments.span(other))
        }
        let cleared = arguments.texts("wis").compactMap(ClearableField.init(rawValue:))
        for field in cleared where arguments.isSet(field.flag) {
            throw LOBError.usage(
                .activityFlagConflict, "--wis " + field.rawValue, "--" + field.flag, at: arguments.span(field.flag))
        }
        let store = try context.store()
        var activity = try store.existingActivity(code: arguments.text("code") ?? "", at: arguments.span("code"))
        for field in cleared { field.clear(&activity) }
        var changed = try ActivityFlags.apply(arguments, to: &activity) || !cleared.isEmpty
        if arguments.isSet("binnen-school") {
            activity.outsideSchool = false
            changed = true
        }
        if arguments.isSet("niet-verplicht") {
            activity.required = false
            changed = true
        }
        guard changed else { throw LOBError.usage(.activityNothingToChange, at: arguments.callSpan) }
        try ActivityFlags.check(activity, arguments)
        try store.saveActivity(activity)
        return .text(Message(.activityChanged, activity.code, activity.name).text(context.language))
    }
}
