/// `tevredenheid minimum [N]`: the smallest number of respondents a group needs to be reported; with N, the
/// school's own minimum is stored.
struct SatisfactionMinimum: Command {
    /// The minimum a school that set none has (as the national pupil questionnaire does).
    static let standard = 10
    /// No school can go below this: a mean over fewer would come too close to single students' answers.
    static let floor = 5

    static let spec = CommandSpec(
        "minimum", group: "tevredenheid",
        summary: Localized(
            nl: "Toont of wijzigt de minimale groepsgrootte: groepen met minder respondenten worden niet getoond "
                + "(standaard 10)",
            en: "Shows or changes the minimum group size: groups with fewer respondents are not shown (default 10)"),
        positionals: [
            Positional(
                "aantal", .integer, .optional,
                help: Localized(
                    nl: "De nieuwe minimale groepsgrootte, ten minste 5", en: "The new minimum group size, at least 5"))
        ],
        examples: [
            Example(
                "tevredenheid minimum", Localized(nl: "Hoe groot een groep moet zijn", en: "How large a group must be")),
            Example(
                "tevredenheid minimum 15",
                Localized(nl: "Vanaf nu groepen van ten minste 15", en: "From now on groups of at least 15")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        if let minimum = arguments.integer("aantal") {
            try SatisfactionMinimum.check(minimum, at: arguments.span("aantal"))
            try store.setSatisfactionMinimum(minimum)
            return .text(Message(.satisfactionMinimumSet, String(minimum)).text(context.language))
        }
        let message =
            try store.storedSatisfactionMinimum().map { Message(.satisfactionMinimumStored, String($0)) }
            ?? Message(.satisfactionMinimumStandard, String(SatisfactionMinimum.standard))
        return .text(message.text(context.language))
    }

    /// Refuses a minimum below the floor.
    static func check(_ minimum: Int, at span: SourceSpan) throws(LOBError) {
        if minimum < floor {
            throw LOBError(.usage, Message(.satisfactionMinimumTooSmall, String(floor), String(minimum)), at: span)
        }
    }
}
