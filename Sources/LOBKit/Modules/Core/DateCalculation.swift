/// `datum [DATUM] [plus|min N dagen|weken|maanden|jaren]` (alias `date`): a date, counted from another;
/// with `| zet naam` a recipe keeps it (`datum $vandaag min $weken weken | zet sinds`).
struct DateCalculation: Command {
    static let units = ["dagen", "dag", "weken", "week", "maanden", "maand", "jaren", "jaar"]
    static let englishUnits = ["days", "day", "weeks", "week", "months", "month", "years", "year"]

    static let spec = CommandSpec(
        "datum", aliases: ["date"],
        summary: Localized(
            nl: "Rekent met datums: een datum plus of min dagen, weken, maanden of jaren",
            en: "Date arithmetic: a date plus or minus days, weeks, months or years"),
        positionals: [
            Positional(
                "datum", .date, .optional,
                help: Localized(
                    nl: "De datum om van uit te gaan; standaard $vandaag",
                    en: "The date to start from; $vandaag by default")),
            Positional(
                "richting", .choice(["plus", "min", "minus"]), .optional,
                help: Localized(nl: "plus (later) of min (eerder)", en: "plus (later) or min/minus (earlier)")),
            Positional(
                "aantal", .integer, .optional,
                help: Localized(nl: "Hoeveel eenheden", en: "How many units")),
            Positional(
                "eenheid", .choice(units + englishUnits.filter { !units.contains($0) }), .optional,
                help: Localized(
                    nl: "dagen, weken, maanden of jaren (een maand later dan 31 januari is 28 of 29 februari)",
                    en: "days, weeks, months or years (a month after 31 January is 28 or 29 February)")),
        ],
        examples: [
            Example(
                "datum $vandaag min 6 weken",
                Localized(nl: "De datum zes weken geleden", en: "The date six weeks ago")),
            Example(
                "datum 2026-09-01 plus 1 maand",
                Localized(nl: "Een maand na 1 september: 2026-10-01", en: "A month after 1 September: 2026-10-01")),
            Example(
                "datum $vandaag min 1 maand | zet van; echo $van",
                Localized(
                    nl: "In een recept: de datum in een variabele bewaren",
                    en: "In a recipe: keep the date in a variable"
                )),
        ],
        usesStore: false
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let start = arguments.date("datum") ?? context.today
        guard let direction = arguments.text("richting") else { return .date(start) }
        guard let count = arguments.integer("aantal"), let unit = arguments.text("eenheid") else {
            throw LOBError.usage(.dateNeedsAmountAndUnit, direction, at: arguments.span("richting"))
        }
        guard (0...100_000).contains(count) else {
            throw LOBError.usage(.dateAmountRange, String(count), at: arguments.span("aantal"))
        }
        let signed = direction == "plus" ? count : -count
        let index = Self.units.firstIndex(of: unit) ?? Self.englishUnits.firstIndex(of: unit) ?? 0
        switch index / 2 {
        case 0: return .date(start.adding(days: signed))
        case 1: return .date(start.adding(days: 7 * signed))
        case 2: return .date(start.adding(months: signed))
        default: return .date(start.adding(months: 12 * signed))
        }
    }
}
