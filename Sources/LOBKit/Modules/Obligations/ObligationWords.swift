/// The words a student reads in `verplichting check NUMMER`: what each kind of activity is called, one or many.
enum ObligationWords {
    /// A noun in one language: one, many, with "a" and with "the".
    struct Noun {
        var one: String
        var many: String
        var indefinite: String
        var definite: String
    }

    static func noun(_ kind: ActivityKind, _ language: UILanguage) -> Noun {
        let (dutch, english) = nouns(kind)
        return language == .english ? english : dutch
    }

    // Words, not identifiers: a student reads "2 open dagen", not "2 × open-dag".
    private static func nouns(_ kind: ActivityKind) -> (Noun, Noun) {
        switch kind {
        case .openDay:
            (dutch("open dag", "open dagen"), english("open day", "open days", "an"))
        case .shadowDay:
            (dutch("meeloopdag", "meeloopdagen"), english("shadowing day", "shadowing days"))
        case .trialStudy:
            (dutch("proefstudeerdag", "proefstudeerdagen"), english("trial study day", "trial study days"))
        case .careerInformation:
            (dutch("beroepenvoorlichting", "beroepenvoorlichtingen"), english("careers talk", "careers talks"))
        case .companyVisit:
            (dutch("bedrijfsbezoek", "bedrijfsbezoeken", "het"), english("company visit", "company visits"))
        case .taster:
            (dutch("snuffelstage", "snuffelstages"), english("work taster", "work tasters"))
        case .guestLesson:
            (dutch("gastles", "gastlessen"), english("guest lesson", "guest lessons"))
        case .test:
            (dutch("test", "testen"), english("test", "tests"))
        case .lesson:
            (dutch("les", "lessen"), english("lesson", "lessons"))
        case .parentsEvening:
            (dutch("ouderavond", "ouderavonden"), english("parents' evening", "parents' evenings"))
        case .alumniEvening:
            (dutch("oud-leerlingenavond", "oud-leerlingenavonden"), english("alumni evening", "alumni evenings", "an"))
        case .other:
            (dutch("activiteit", "activiteiten"), english("activity", "activities", "an"))
        }
    }

    private static func dutch(_ one: String, _ many: String, _ article: String = "de") -> Noun {
        Noun(one: one, many: many, indefinite: "een " + one, definite: article + " " + one)
    }

    private static func english(_ one: String, _ many: String, _ article: String = "a") -> Noun {
        Noun(one: one, many: many, indefinite: article + " " + one, definite: "the " + one)
    }

    /// `2 open dagen`, `1 open dag`.
    static func count(_ number: Int, _ kind: ActivityKind, _ language: UILanguage) -> String {
        let noun = noun(kind, language)
        return "\(number) " + (number == 1 ? noun.one : noun.many)
    }

    /// `2 activiteiten voor netwerken`, `1 activity for networking`.
    static func count(_ number: Int, _ competency: Competency, _ language: UILanguage) -> String {
        "\(number) " + activities(number, for: competency, language)
    }

    /// `activiteiten voor netwerken` (without the number).
    static func activities(_ number: Int, for competency: Competency, _ language: UILanguage) -> String {
        let noun = noun(.other, language)
        return Message(.obligationViewForCompetency, number == 1 ? noun.one : noun.many, name(competency, language))
            .text(language)
    }

    /// `een activiteit voor netwerken`.
    static func oneActivity(for competency: Competency, _ language: UILanguage) -> String {
        Message(.obligationViewForCompetency, noun(.other, language).indefinite, name(competency, language))
            .text(language)
    }

    /// The competency as students learn it: the Dutch term, or its English translation.
    static func name(_ competency: Competency, _ language: UILanguage) -> String {
        guard language == .english else { return competency.rawValue }
        switch competency {
        case .qualities: return "reflection on qualities"
        case .motives: return "reflection on motives"
        case .workExploration: return "work exploration"
        case .careerSteering: return "career steering"
        case .networking: return "networking"
        }
    }

    /// One activity as a student recognises it: `de oud-leerlingenavond (OUDL-5H)` when its name starts with
    /// what its kind is called, else its name: `Profielkeuzetest (PROFTEST-3)`.
    static func activity(_ activity: Activity, _ language: UILanguage) -> String {
        let dutch = noun(activity.kind, .dutch).one
        let plainName = activity.name.lowercased().hasPrefix(dutch.lowercased())
        let name = plainName ? noun(activity.kind, language).definite : activity.name
        return "\(name) (\(activity.code))"
    }

    /// `A`, `A en B`, `A, B en C` (`and` in English).
    static func list(_ items: [String], _ language: UILanguage) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let and = language == .english ? " and " : " en "
        return items.dropLast().joined(separator: ", ") + and + last
    }

    /// What is still to do, as the policy text a student reads puts it: `A, en B` (a pause before the last).
    static func toDoList(_ items: [String], _ language: UILanguage) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let and = language == .english ? ", and " : ", en "
        return items.dropLast().joined(separator: ", ") + and + last
    }
}
