/// `privacy bewaartermijn [N]`: how many years after a student left their personal data is kept; with N, the
/// school's own period is stored.
struct PrivacyRetention: Command {
    static let spec = CommandSpec(
        "bewaartermijn", group: "privacy", aliases: ["retention"],
        summary: Localized(
            nl:
                "Toont of wijzigt de bewaartermijn: hoeveel jaar na vertrek de gegevens van een leerling blijven (standaard 2)",
            en:
                "Shows or changes the retention period: how many years after leaving a student's data is kept (default 2)"
        ),
        positionals: [
            Positional(
                "jaren", .integer, .optional,
                help: Localized(
                    nl: "De nieuwe bewaartermijn in jaren, 1 tot en met 100", en: "The new period in years, 1 to 100"))
        ],
        examples: [
            Example("privacy bewaartermijn", Localized(nl: "De bewaartermijn nu", en: "The retention period now")),
            Example(
                "privacy bewaartermijn 3",
                Localized(nl: "Voortaan drie jaar na vertrek", en: "From now on three years after leaving")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        if let years = arguments.integer("jaren") {
            guard RetentionPolicy.allowedYears.contains(years) else {
                throw LOBError(.usage, Message(.privacyRetentionRange, String(years)), at: arguments.span("jaren"))
            }
            try store.setRetentionYears(years)
            let policy = RetentionPolicy(years: years, today: context.today)
            return .text(
                Message(.privacyRetentionSet, String(years), policy.cutoff.description).text(context.language))
        }
        let policy = try RetentionPolicy.current(in: store, today: context.today)
        let key: MessageKey =
            try store.storedRetentionYears() == nil ? .privacyRetentionStandard : .privacyRetentionStored
        return .text(Message(key, String(policy.years), policy.cutoff.description).text(context.language))
    }
}
