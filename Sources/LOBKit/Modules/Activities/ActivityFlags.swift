import Foundation

/// The flags that describe an activity, shared by `activiteit nieuw` and `activiteit wijzig`.
enum ActivityFlags {
    static let kinds = ActivityKind.allCases.map(\.rawValue)
    static let schoolTypes = SchoolType.allCases.map(\.rawValue)
    static let competencies = Competency.allCases.map(\.rawValue)
    static let choiceMoments = ChoiceMoment.allCases.map(\.rawValue)

    static let name = Flag(
        "naam", aliases: ["name"], .text, help: Localized(nl: "De naam van de activiteit", en: "The activity's name"))
    static let kind = Flag(
        "soort", aliases: ["kind"], .choice(kinds),
        help: Localized(
            nl: "De soort activiteit, zoals open-dag of gastles", en: "The kind, such as open-dag or gastles"))
    static let description = Flag(
        "omschrijving", aliases: ["description"], .text,
        help: Localized(nl: "Een omschrijving in een paar zinnen", en: "A description in a few sentences"))
    static let schoolType = Flag(
        "schooltype", aliases: ["school-type"], .choice(schoolTypes), repeatable: true,
        help: Localized(
            nl: "Een schooltype waarvoor ze is (zonder: alle schooltypen)",
            en: "A school type it is for (without: all school types)"))
    static let year = Flag(
        "leerjaar", aliases: ["year"], .integer, repeatable: true,
        help: Localized(nl: "Een leerjaar waarvoor ze is, 1 tot en met 6", en: "A year it is for, 1 to 6"))
    static let competency = Flag(
        "competentie", aliases: ["competency"], .choice(competencies), repeatable: true,
        help: Localized(
            nl: "Een loopbaancompetentie die ze ontwikkelt",
            en: "A career competency it develops"))
    static let choiceMoment = Flag(
        "keuzemoment", aliases: ["choice-moment"], .choice(choiceMoments),
        help: Localized(nl: "Het keuzemoment waarop ze voorbereidt", en: "The choice moment it prepares for"))
    static let partner = Flag(
        "partner", .text,
        help: Localized(nl: "De partnerinstelling, zoals ROC Zuid", en: "The partner institution, such as ROC Zuid"))
    static let from = Flag(
        "van", aliases: ["from"], .date,
        help: Localized(nl: "De eerste dag van de periode", en: "The period's first day"))
    static let until = Flag(
        "tot", aliases: ["until"], .date,
        help: Localized(nl: "De laatste dag van de periode", en: "The period's last day"))
    static let outsideSchool = Flag.switch(
        "buiten-school", aliases: ["outside-school"],
        help: Localized(nl: "Ze vindt buiten school plaats", en: "It takes place outside school"))
    static let required = Flag.switch(
        "verplicht", aliases: ["required"],
        help: Localized(nl: "Elke leerling voor wie ze is, doet mee", en: "Every student it is for takes part"))

    /// The flags `nieuw` takes, in the order help lists them.
    static let all = [
        name, kind, schoolType, year, competency, choiceMoment, partner, from, until, outsideSchool, required,
        description,
    ]

    /// Sets the fields whose flags were given; says whether any was.
    static func apply(_ arguments: Arguments, to activity: inout Activity) throws(LOBError) -> Bool {
        var changed = false
        if let name = arguments.text("naam") {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { throw LOBError.usage(.policyEmptyText, "--naam", at: arguments.span("naam")) }
            activity.name = trimmed
            changed = true
        }
        if let kind = arguments.text("soort").flatMap(ActivityKind.init(rawValue:)) {
            activity.kind = kind
            changed = true
        }
        if let description = arguments.text("omschrijving") {
            activity.description = description.trimmingCharacters(in: .whitespacesAndNewlines)
            changed = true
        }
        if arguments.isSet("schooltype") {
            activity.schoolTypes = arguments.texts("schooltype").compactMap(SchoolType.init(rawValue:))
            changed = true
        }
        if arguments.isSet("leerjaar") {
            activity.years = try years(arguments)
            changed = true
        }
        if arguments.isSet("competentie") {
            activity.competencies = arguments.texts("competentie").compactMap(Competency.init(rawValue:))
            changed = true
        }
        if let moment = arguments.text("keuzemoment").flatMap(ChoiceMoment.init(rawValue:)) {
            activity.choiceMoment = moment
            changed = true
        }
        if let partner = arguments.text("partner") {
            activity.partner = partner.trimmingCharacters(in: .whitespaces)
            changed = true
        }
        if let from = arguments.date("van") {
            activity.from = from
            changed = true
        }
        if let until = arguments.date("tot") {
            activity.until = until
            changed = true
        }
        if arguments.isSet("buiten-school") {
            activity.outsideSchool = true
            changed = true
        }
        if arguments.isSet("verplicht") {
            activity.required = true
            changed = true
        }
        activity.normalizeLists()
        return changed
    }

    /// The `--leerjaar` values, each checked to be 1 to 6 where it was typed.
    private static func years(_ arguments: Arguments) throws(LOBError) -> [Int] {
        var years: [Int] = []
        for (value, span) in zip(arguments.all("leerjaar"), arguments.spans("leerjaar")) {
            guard case .integer(let year) = value, Activity.possibleYears.contains(year) else {
                throw LOBError.usage(.activityYearOutOfRange, value.plainText, at: span)
            }
            years.append(year)
        }
        return years
    }

    /// Refuses an activity whose years or period are not sound, pointing at the flag that made it so.
    static func check(_ activity: Activity, _ arguments: Arguments) throws(LOBError) {
        guard let problem = activity.problem else { return }
        let flag: String
        switch problem.key {
        case .activityPeriodReversed: flag = arguments.isSet("van") ? "van" : "tot"
        default: flag = arguments.isSet("leerjaar") ? "leerjaar" : "schooltype"
        }
        throw LOBError(.usage, problem, at: arguments.span(flag))
    }
}
