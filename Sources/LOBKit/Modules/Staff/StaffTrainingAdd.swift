import Foundation

/// `team scholing NAAM --titel --aanbieder --datum --uren --onderwerp…`: records a training a member followed.
struct StaffTrainingAdd: Command {
    static let spec = CommandSpec(
        "scholing", group: "team", aliases: ["training"],
        summary: Localized(
            nl: "Legt een gevolgde scholing van een teamlid vast (professionalisering, norm A3)",
            en: "Records a training a team member followed (professionalisation, norm A3)"),
        positionals: [
            Positional("naam", .text, help: Localized(nl: "De naam van het teamlid", en: "The team member's name"))
        ],
        flags: [
            Flag(
                "titel", aliases: ["title"], .text,
                help: Localized(nl: "De titel (verplicht)", en: "The title (required)")),
            Flag(
                "aanbieder", aliases: ["provider"], .text,
                help: Localized(nl: "Wie de scholing gaf (verplicht)", en: "Who gave the training (required)")),
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(
                    nl: "Wanneer (verplicht; niet na vandaag)", en: "When (required; not after today)")),
            Flag(
                "uren", aliases: ["hours"], .decimal,
                help: Localized(nl: "Hoeveel uur (verplicht; meer dan 0)", en: "How many hours (required; more than 0)")
            ),
            Flag(
                "onderwerp", aliases: ["subject"], .choice(TrainingSubject.names), repeatable: true,
                help: Localized(nl: "Waarover (minstens één)", en: "What about (at least one)")),
        ],
        examples: [
            Example(
                "team scholing \"M. Jansen\" --titel \"Het dialogische loopbaangesprek\" --aanbieder \"Expertisepunt LOB\" --datum 2026-10-12 --uren 6 --onderwerp loopbaangesprekken",
                Localized(nl: "Een training loopbaangesprekken", en: "A training in career conversations")),
            Example(
                "team scholing \"S. el Idrissi\" --titel \"Doorstroom vmbo-havo\" --aanbieder \"Hogeschool Zuid\" --datum 3-11-2026 --uren 2,5 --onderwerp doorstroom --onderwerp keuzebegeleiding",
                Localized(nl: "Met twee onderwerpen", en: "With two subjects")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let name = try StaffLookup.name(arguments)
        let title = try required(arguments, "titel")
        let provider = try required(arguments, "aanbieder")
        guard let date = arguments.date("datum") else { throw missing("--datum", arguments) }
        if date > context.today {
            throw LOBError.usage(
                .staffTrainingInFuture, date.description, context.today.description, at: arguments.span("datum"))
        }
        guard case .decimal(let hours)? = arguments.value("uren") else { throw missing("--uren", arguments) }
        if hours <= 0 {
            throw LOBError.usage(.staffHoursNotPositive, Value.format(decimal: hours), at: arguments.span("uren"))
        }
        let subjects = TrainingSubject.allCases.filter { arguments.texts("onderwerp").contains($0.rawValue) }
        if subjects.isEmpty { throw missing("--onderwerp", arguments) }
        let member = try StaffLookup.member(named: name, in: store, at: arguments.span("naam"))
        let training = StaffTraining(
            memberName: member.name, title: title, provider: provider, date: date, hours: hours, subjects: subjects)
        let added = try store.addTraining(training, memberID: member.id)
        guard added else {
            return .text(
                Message(.staffTrainingKnown, title, member.name, date.description).text(context.language))
        }
        return .text(
            Message(
                .staffTrainingRecorded, title, member.name, date.description, Value.format(decimal: hours),
                subjects.map(\.rawValue).joined(separator: ", ")
            ).text(context.language))
    }

    private func required(_ arguments: Arguments, _ flag: String) throws(LOBError) -> String {
        guard arguments.isSet(flag) else { throw missing("--" + flag, arguments) }
        let text = arguments.text(flag)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if text.isEmpty { throw LOBError.usage(.staffEmptyText, "--" + flag, at: arguments.span(flag)) }
        return text
    }

    private func missing(_ flag: String, _ arguments: Arguments) -> LOBError {
        LOBError.usage(.staffFlagRequired, flag, Self.spec.displayName, at: arguments.callSpan)
    }
}
