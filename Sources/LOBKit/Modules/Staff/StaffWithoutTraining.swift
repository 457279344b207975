/// `team zonder-scholing [--jaren N] [--onderwerp]`: the mentors without a training in the last N school years.
struct StaffWithoutTraining: Command {
    static let spec = CommandSpec(
        "zonder-scholing", group: "team", aliases: ["untrained"],
        summary: Localized(
            nl: "Toont de mentoren zonder scholing (over een onderwerp) in de laatste schooljaren",
            en: "Lists the mentors without training (on a subject) in the last school years"),
        flags: [
            Flag(
                "jaren", aliases: ["years"], .integer,
                help: Localized(
                    nl: "Hoeveel schooljaren, het huidige meegeteld (standaard 2)",
                    en: "How many school years, the current one included (default 2)")),
            Flag(
                "onderwerp", aliases: ["subject"], .choice(TrainingSubject.names),
                help: Localized(nl: "Alleen scholingen over dit onderwerp", en: "Only trainings on this subject")),
        ],
        examples: [
            Example(
                "team zonder-scholing --onderwerp loopbaangesprekken",
                Localized(
                    nl: "Wie nog een training loopbaangesprekken nodig heeft",
                    en: "Who still needs a training in career conversations")),
            Example(
                "team zonder-scholing --jaren 3 | waar lid = nee",
                Localized(
                    nl: "Mentoren uit het rooster die nog geen teamlid zijn",
                    en: "Mentors in the roster who are not team members yet")),
        ]
    )

    /// The school years a training counts in when `--jaren` is not given.
    static let defaultYears = 2

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let years = arguments.integer("jaren") ?? Self.defaultYears
        guard let window = TrainingWindow(years: years, until: context.schoolYear) else {
            throw LOBError.usage(.staffYearsNotPositive, String(years), at: arguments.span("jaren"))
        }
        let subject = arguments.text("onderwerp").flatMap(TrainingSubject.init(rawValue:))
        let store = try context.store()
        let rows = try StaffMentors(store: store).mentors.compactMap { mentor -> [Value]? in
            let trainings = mentor.trainings.filter { $0.isAbout(subject) }
            guard !trainings.contains(where: { window.contains($0.date) }) else { return nil }
            return [
                .text(mentor.name), .optionalText(mentor.classes.joined(separator: ", ")),
                trainings.map(\.date).max().map(Value.date) ?? .nothing, .yesNo(mentor.isMember),
            ]
        }
        return .table(Table(columns: ["naam", "klassen", "laatste-scholing", "lid"], rows: rows))
    }
}
