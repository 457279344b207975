/// `agenda nieuw-jaar 2026-2027`: starts a school year's scan as a copy of the last one.
struct AgendaNewYear: Command {
    static let spec = CommandSpec(
        "nieuw-jaar", group: "agenda", aliases: ["new-year"],
        summary: Localized(
            nl: "Begint de scan van een schooljaar als kopie van de laatste",
            en: "Starts a school year's scan as a copy of the last one"),
        positionals: [
            Positional(
                "schooljaar", .schoolYear, help: Localized(nl: "Het nieuwe schooljaar", en: "The new school year"))
        ],
        examples: [
            Example(
                "agenda nieuw-jaar 2027-2028",
                Localized(
                    nl: "Het volgende jaar begint waar dit jaar eindigt", en: "Next year starts where this year ends"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        guard let year = arguments.schoolYear("schooljaar") else { return .nothing }
        let years = try store.assessedSchoolYears()
        if years.contains(year) {
            throw LOBError(.failed, Message(.agendaYearExists, year.description), at: arguments.span("schooljaar"))
        }
        guard let source = years.first(where: { $0 < year }) else {
            throw LOBError(.failed, Message(.agendaNothingToCopy, year.description), at: arguments.span("schooljaar"))
        }
        let current = try store.currentAssessments(source)
        for norm in Norm.all {
            guard var assessment = current[norm.id] else { continue }
            assessment.schoolYear = year
            assessment.assessedOn = context.today
            try store.addAssessment(assessment)
        }
        return .text(
            Message(.agendaYearStarted, year.description, String(current.count), source.description).text(
                context.language))
    }
}
