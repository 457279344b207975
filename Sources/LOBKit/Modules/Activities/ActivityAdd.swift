/// `activiteit nieuw CODE --naam … --soort … --leerjaar … --competentie …`: adds an activity to the catalogue.
struct ActivityAdd: Command {
    static let spec = CommandSpec(
        "nieuw", group: "activiteit", aliases: ["add", "new"],
        summary: Localized(
            nl: "Voegt een activiteit toe aan de catalogus (een bestaande code wijzig je met activiteit wijzig)",
            en: "Adds an activity to the catalogue (change an existing code with activiteit wijzig)"),
        positionals: [
            Positional(
                "code", .text,
                help: Localized(
                    nl: "Een nieuwe, korte code: letters, cijfers, - en _, zoals OD-HAN",
                    en: "A new, short code: letters, digits, - and _, such as OD-HAN"))
        ],
        flags: ActivityFlags.all,
        examples: [
            Example(
                "activiteit nieuw NETW-2 --naam \"Netwerkochtend oud-leerlingen\" --soort oud-leerlingenavond --leerjaar 2 --competentie netwerken",
                Localized(
                    nl: "Een activiteit voor alle schooltypen in leerjaar 2",
                    en: "An activity for every school type in year 2")),
            Example(
                "activiteit nieuw OD-ROC --naam \"Open dag ROC Zuid\" --soort open-dag --schooltype vmbo-bb --schooltype vmbo-kb --leerjaar 3 --leerjaar 4 --competentie werkexploratie --keuzemoment vervolgopleiding --partner \"ROC Zuid\" --van 2027-01-23 --tot 2027-01-23 --buiten-school",
                Localized(
                    nl: "Een open dag buiten school, op één dag, voor twee leerwegen",
                    en: "An open day outside school, on one day, for two learning paths")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let code = arguments.text("code") ?? ""
        guard Activity.isValidCode(code) else {
            throw LOBError.usage(.activityBadCode, code, at: arguments.span("code"))
        }
        for flag in ["naam", "soort", "leerjaar", "competentie"] where !arguments.isSet(flag) {
            throw LOBError.usage(.activityFlagRequired, "--" + flag, Self.spec.displayName, at: arguments.callSpan)
        }
        let store = try context.store()
        if let existing = try store.activity(code: code) {
            throw LOBError(
                .failed, Message(.activityExists, existing.code, existing.name), at: arguments.span("code"))
        }
        var activity = Activity(code: code, name: "", kind: .other, years: [], competencies: [])
        _ = try ActivityFlags.apply(arguments, to: &activity)
        try ActivityFlags.check(activity, arguments)
        try store.saveActivity(activity)
        return .text(Message(.activityAdded, activity.code, activity.name).text(context.language))
    }
}
