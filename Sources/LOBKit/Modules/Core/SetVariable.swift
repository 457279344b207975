/// `zet NAAM WAARDE` (alias `set`): sets a variable; without arguments lists them.
struct SetVariable: Command {
    static let spec = CommandSpec(
        "zet", aliases: ["set"],
        summary: Localized(
            nl:
                "Zet een variabele of instelling (taal, vandaag, schooljaar, pager, geschiedenis-grootte, thema); zonder argumenten: toont ze",
            en:
                "Sets a variable or setting (taal, vandaag, schooljaar, pager, geschiedenis-grootte, thema); without arguments: lists them"
        ),
        positionals: [
            Positional("naam", .text, .optional, help: Localized(nl: "De naam, zonder $", en: "The name, without $")),
            Positional(
                "waarde", .text, .variadic(minimum: 0),
                help: Localized(
                    nl: "De waarde (meerdere woorden worden met een spatie verbonden)",
                    en: "The value (several words are joined by a space)")),
        ],
        examples: [
            Example(
                "zet jaar 2025-2026", Localized(nl: "Daarna is $jaar 2025-2026", en: "Afterwards $jaar is 2025-2026")),
            Example("zet taal en", Localized(nl: "Schakelt over op Engels", en: "Switches to English")),
            Example("zet", Localized(nl: "Toont alle variabelen", en: "Lists all variables")),
            Example(
                "leerling lijst --klas H4A | aantal | zet grootte",
                Localized(
                    nl: "Zonder waarde: de ene waarde uit de pijplijn (hier het aantal leerlingen in H4A)",
                    en: "Without a value: the pipeline's single value (here the number of students in H4A)")),
            Example(
                "zet geschiedenis-grootte 5000",
                Localized(
                    nl: "Bewaart hoogstens 5000 opdrachten in de geschiedenis",
                    en: "Keeps at most 5000 commands in the history")),
            Example(
                "zet pager uit",
                Localized(
                    nl: "Lange uitvoer niet door de pager ($PAGER) sturen",
                    en: "Do not send long output through the pager ($PAGER)")),
            Example(
                "zet thema presentatie",
                Localized(
                    nl: "Voor een beamer: ruimere tabellen, een lege regel na elke uitvoer, alleen vet",
                    en: "For a projector: wider tables, an empty line after each output, bold only")),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let session = context.session
        guard let name = arguments.text("naam") else {
            let rows = session.variableNames.map { [Value.text($0), Value.text(session.variable($0) ?? "")] }
            return .table(
                Table(
                    columns: [
                        Message(.columnName).text(context.language), Message(.columnValue).text(context.language),
                    ], rows: rows))
        }
        guard let first = name.unicodeScalars.first, Lexer.isNameScalar(first),
            name.unicodeScalars.allSatisfy({ Lexer.isNameScalar($0) || $0 == "-" })
        else {
            throw LOBError.usage(.badVariableName, name, at: arguments.span("naam"))
        }
        var value = arguments.texts("waarde").joined(separator: " ")
        // `datum $vandaag min 6 weken | zet sinds`: without a value, the pipeline's single value.
        if arguments.texts("waarde").isEmpty {
            switch input {
            case .nothing: break
            case .table, .record: throw LOBError.usage(.setNeedsSingleValue, name, at: context.callSpan)
            default: value = input.plainText
            }
        }
        switch name {
        case "taal", "language":
            guard let language = UILanguage(rawValue: value.lowercased()) else {
                throw LOBError.usage(.unknownChoice, value, name, "nl, en", at: arguments.span("waarde"))
            }
            session.language = language
        case "vandaag", "today":
            guard let date = LOBDate(parsing: value) else {
                throw LOBError.usage(.expectedDate, name, value, at: arguments.span("waarde"))
            }
            value = date.description
        case "geschiedenis-grootte", "history-size":
            guard let size = Int(value), size > 0 else {
                throw LOBError.usage(.expectedPositive, name, value, at: arguments.span("waarde"))
            }
        case "thema", "theme":
            guard let theme = Theme(name: value) else {
                throw LOBError.usage(
                    .unknownChoice, value, name, "standaard, presentatie", at: arguments.span("waarde"))
            }
            session.theme = theme
            // One name and the Dutch value, so that `zet` lists it once, whichever language set it.
            session.setVariable("thema", theme.rawValue)
            return .nothing
        case "pager":
            guard ["aan", "uit", "on", "off"].contains(value.lowercased()) else {
                throw LOBError.usage(.unknownChoice, value, name, "aan, uit", at: arguments.span("waarde"))
            }
            value = ["aan", "on"].contains(value.lowercased()) ? "aan" : "uit"
        case "schooljaar", "schoolyear":
            guard let year = SchoolYear(parsing: value) else {
                throw LOBError.usage(.expectedSchoolYear, name, value, at: arguments.span("waarde"))
            }
            value = year.description
        default:
            break
        }
        session.setVariable(name, value)
        return .nothing
    }
}
