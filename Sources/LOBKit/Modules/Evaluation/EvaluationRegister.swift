/// `evaluatie registreer --datum DATUM --met mr [--met …] [--besluiten …] [--data …] [--schooljaar]`: records
/// that the yearly evaluation of the LOB policy took place (norm K1).
struct EvaluationRegister: Command {
    static let spec = CommandSpec(
        "registreer", group: "evaluatie", aliases: ["register"],
        summary: Localized(
            nl:
                "Legt vast dat de jaarlijkse evaluatie van het LOB-beleid plaatsvond: wanneer, met wie, op welke gegevens en met welke besluiten (norm K1)",
            en:
                "Records that the yearly evaluation of the LOB policy took place: when, with whom, on what data and with which decisions (norm K1)"
        ),
        flags: [
            Flag(
                "datum", aliases: ["date"], .date,
                help: Localized(nl: "De datum van het overleg (verplicht)", en: "The date of the meeting (required)")),
            Flag(
                "met", aliases: ["with"], .choice(EvaluationParty.names), repeatable: true,
                help: Localized(
                    nl: "Met wie (minstens één; herhaalbaar): K1 vraagt om de MR",
                    en: "With whom (at least one; repeatable): K1 asks for the MR")),
            Flag(
                "besluiten", aliases: ["decisions"], .text,
                help: Localized(
                    nl: "De besluiten, zoals de notulen ze noemen", en: "The decisions, as the minutes word them")),
            Flag(
                "data", .choice(EvaluationData.names), repeatable: true,
                help: Localized(
                    nl:
                        "Welke gegevens gebruikt zijn (herhaalbaar); zonder: wat de database voor dat schooljaar heeft",
                    en: "Which data were used (repeatable); without: what the database holds for that school year")),
            Flag(
                "schooljaar", aliases: ["school-year"], .schoolYear,
                help: Localized(
                    nl: "Het geëvalueerde schooljaar (standaard dat van de datum)",
                    en: "The school year evaluated (default the one of the date)")),
        ],
        examples: [
            Example(
                "evaluatie registreer --datum 2026-11-24 --met mr --met leerlingenraad "
                    + "--besluiten \"Tevredenheid LOB in alle leerjaren meten\" --data tevredenheid --data doorstroom",
                Localized(nl: "Met de MR en de leerlingenraad", en: "With the MR and the student council")),
            Example(
                "evaluatie registreer --datum 2026-09-15 --met mr --schooljaar 2025-2026",
                Localized(
                    nl: "Het vorige schooljaar geëvalueerd in september; de gegevens uit de database",
                    en: "Last school year evaluated in September; the data from the database")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        guard let date = arguments.date("datum") else {
            throw LOBError.usage(.missingArgument, "--datum", Self.spec.displayName, at: arguments.callSpan)
        }
        let parties = EvaluationParty.allCases.filter { arguments.texts("met").contains($0.rawValue) }
        if parties.isEmpty {
            throw LOBError.usage(.missingArgument, "--met", Self.spec.displayName, at: arguments.callSpan)
        }
        if date > context.today {
            throw LOBError.usage(.evaluationDateInFuture, date.description, at: arguments.span("datum"))
        }
        let schoolYear = arguments.schoolYear("schooljaar") ?? date.schoolYear
        var data = EvaluationData.allCases.filter { arguments.texts("data").contains($0.rawValue) }
        if !arguments.isSet("data") {
            data = try EvaluationData.held(in: store, schoolYear: schoolYear)
            context.notice(
                Message(
                    .evaluationDataFromDatabase, schoolYear.description,
                    data.isEmpty ? "-" : data.map(\.rawValue).joined(separator: ", ")))
        }
        let decisions = (arguments.text("besluiten") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let evaluation = try store.addEvaluation(
            Evaluation(date: date, schoolYear: schoolYear, parties: parties, data: data, decisions: decisions))
        return .text(
            Message(
                .evaluationRegistered, evaluation.schoolYear.description, evaluation.date.description,
                evaluation.partyList, evaluation.data.isEmpty ? "-" : evaluation.dataList
            ).text(context.language))
    }
}
