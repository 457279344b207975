/// `rondleiding [opnieuw] [--stap N]` (alias `tour`): the guided tour on the demo school.
///
/// At lobsh's prompt (and from a pipe) it starts the walk through `TourStep.workshop`, or resumes it at the
/// step where it was left; lobsh drives it. Where nobody can answer (a script, `-c`) it lists the steps.
struct Tour: Command {
    static let spec = CommandSpec(
        "rondleiding", aliases: ["tour"],
        summary: Localized(
            nl:
                "De rondleiding op de demoschool: start haar of ga verder waar je was; in een script: de stappen als lijst",
            en: "The tour of the demo school: starts it or goes on where you left it; in a script: the steps as a list"),
        positionals: [
            Positional(
                "actie", .choice(["opnieuw", "restart"]), .optional,
                help: Localized(nl: "opnieuw: begin bij stap 1", en: "opnieuw (restart): start at step 1"))
        ],
        flags: [
            Flag.switch(
                "opnieuw", aliases: ["restart"],
                help: Localized(nl: "Begin bij stap 1", en: "Start at step 1")),
            Flag(
                "stap", aliases: ["step"], .integer,
                help: Localized(nl: "Begin bij deze stap", en: "Start at this step")),
        ],
        examples: [
            Example(
                "rondleiding",
                Localized(
                    nl: "Start de rondleiding of gaat verder waar je was",
                    en: "Starts the tour or goes on where you left it")),
            Example("rondleiding opnieuw", Localized(nl: "Begint opnieuw bij stap 1", en: "Starts again at step 1")),
            Example(
                "rondleiding --stap 4",
                Localized(nl: "Begint bij stap 4, de scan", en: "Starts at step 4, the scan")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let session = context.session
        let steps = TourStep.workshop
        var start = arguments.isSet("actie") || arguments.isSet("opnieuw") ? 0 : session.tourPosition
        if let step = arguments.integer("stap") {
            guard (1...steps.count).contains(step) else {
                throw LOBError.usage(
                    .tourStepOutOfRange, String(steps.count), String(step), at: arguments.span("stap"))
            }
            start = step - 1
        }
        guard session.drivesTour else {
            var text = Message(.tourListIntro, String(steps.count)).text(context.language) + "\n"
            for (index, step) in steps.enumerated() {
                text += "\n  \(index + 1). \(step.title.text(context.language))\n"
                text += "     \(step.command(schoolYear: context.schoolYear))\n"
            }
            return .text(text)
        }
        guard session.isDemo else { throw LOBError(.failed, Message(.tourNeedsDemo)) }
        session.requestedTourStep = min(max(0, start), steps.count - 1)
        return .nothing
    }
}
