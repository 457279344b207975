/// `activiteit lijst`: the catalogue, filtered on any field; sorted by code.
struct ActivityList: Command {
    static let spec = CommandSpec(
        "lijst", group: "activiteit", aliases: ["list"],
        summary: Localized(
            nl: "Toont de activiteiten, gesorteerd op code; de filters samen beperken, een herhaalde filter verruimt",
            en: "Lists the activities, sorted by code; filters narrow together, a repeated filter widens"),
        flags: [
            Flag(
                "soort", aliases: ["kind"], .choice(ActivityFlags.kinds), repeatable: true,
                help: Localized(nl: "Alleen deze soort", en: "Only this kind")),
            Flag(
                "schooltype", aliases: ["school-type"], .choice(ActivityFlags.schoolTypes), repeatable: true,
                help: Localized(
                    nl: "Alleen activiteiten voor dit schooltype (ook die voor alle schooltypen)",
                    en: "Only activities for this school type (also those for all school types)")),
            Flag(
                "leerjaar", aliases: ["year"], .integer, repeatable: true,
                help: Localized(nl: "Alleen activiteiten voor dit leerjaar", en: "Only activities for this year")),
            Flag(
                "competentie", aliases: ["competency"], .choice(ActivityFlags.competencies), repeatable: true,
                help: Localized(
                    nl: "Alleen activiteiten die deze competentie ontwikkelen",
                    en: "Only activities that develop this competency")),
            Flag(
                "keuzemoment", aliases: ["choice-moment"], .choice(ActivityFlags.choiceMoments), repeatable: true,
                help: Localized(
                    nl: "Alleen activiteiten die op dit keuzemoment voorbereiden",
                    en: "Only activities that prepare for this choice moment")),
            Flag(
                "partner", .text,
                help: Localized(
                    nl: "Alleen activiteiten met deze partner (deel van de naam volstaat)",
                    en: "Only activities with this partner (part of the name will do)")),
            .switch(
                "buiten-school", aliases: ["outside-school"],
                help: Localized(nl: "Alleen activiteiten buiten school", en: "Only activities outside school")),
            .switch(
                "verplicht", aliases: ["required"],
                help: Localized(nl: "Alleen verplichte activiteiten", en: "Only required activities")),
        ],
        examples: [
            Example("activiteit lijst", Localized(nl: "De hele catalogus", en: "The whole catalogue")),
            Example(
                "activiteit lijst --schooltype havo --leerjaar 5 --verplicht",
                Localized(nl: "Wat verplicht is in havo 5", en: "What is required in havo 5")),
            Example(
                "activiteit lijst --competentie netwerken | kolommen code naam leerjaren",
                Localized(
                    nl: "Waar leerlingen aan hun netwerk werken", en: "Where students work on their network")),
            Example(
                "activiteit lijst --partner roc --buiten-school | aantal",
                Localized(
                    nl: "Hoeveel activiteiten er bij ROC Zuid zijn", en: "How many activities take place at ROC Zuid")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let kinds = arguments.texts("soort").compactMap(ActivityKind.init(rawValue:))
        let types = arguments.texts("schooltype").compactMap(SchoolType.init(rawValue:))
        let years = arguments.all("leerjaar").compactMap { if case .integer(let year) = $0 { year } else { nil } }
        let competencies = arguments.texts("competentie").compactMap(Competency.init(rawValue:))
        let moments = arguments.texts("keuzemoment").compactMap(ChoiceMoment.init(rawValue:))
        let partner = arguments.text("partner")
        let outside = arguments.isSet("buiten-school")
        let required = arguments.isSet("verplicht")
        let activities = try context.store().activities().filter { activity in
            (kinds.isEmpty || kinds.contains(activity.kind))
                && (types.isEmpty || activity.schoolTypes.isEmpty
                    || types.contains(where: activity.schoolTypes.contains))
                && (years.isEmpty || years.contains(where: activity.years.contains))
                && (competencies.isEmpty || competencies.contains(where: activity.competencies.contains))
                && (moments.isEmpty || activity.choiceMoment.map(moments.contains) == true)
                && (partner.map { Value.text(activity.partner).contains(typed: $0) } ?? true)
                && (!outside || activity.outsideSchool) && (!required || activity.required)
        }
        return .table(Table(columns: Activity.columns, rows: activities.map(\.cells)))
    }
}
