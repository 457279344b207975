import Foundation

/// What a satisfaction item asks about: a closed vocabulary, so that results of different surveys group alike.
public enum SatisfactionTheme: String, CaseIterable, Sendable {
    /// The LOB programme itself: activities, reflection, the career document, being ready to choose.
    case lob
    /// Guidance by people: the mentor's career conversations, the decaan.
    case guidance = "begeleiding"
    /// Information about choices and follow-up education, for students and parents.
    case information = "informatie"
    /// The school in general: not LOB, but asked in the same survey (safety, atmosphere).
    case general = "algemeen"

    public static var names: [String] { allCases.map(\.rawValue) }

    /// Whether the theme is part of LOB (norm K1 asks for LOB satisfaction, not only general satisfaction).
    public var isLOB: Bool { self != .general }
}

/// A survey item built into LOBKit: a stable id, its theme, and the statement in Dutch and English, answered on
/// a 1–5 scale from *helemaal oneens* to *helemaal eens*.
///
/// `LOB01`–`LOB10` are the short LOB questionnaire that `tevredenheid sjabloon` prints (one or more items per
/// loopbaancompetentie and per norm a student can judge); `ALG01`–`ALG04` are general items that schools
/// often ask in the same survey. An import recognises these ids and no others.
public struct SatisfactionItem: Sendable, Hashable {
    public let id: String
    public let theme: SatisfactionTheme
    public let question: Localized

    /// The built-in items, in questionnaire order.
    public static let all: [SatisfactionItem] = lobQuestionnaire + general

    /// The short LOB questionnaire of the template.
    public static let lobQuestionnaire: [SatisfactionItem] = [
        SatisfactionItem(
            "LOB01", .lob,
            nl: "De LOB-activiteiten helpen mij ontdekken waar ik goed in ben.",
            en: "The LOB activities help me find out what I am good at."),
        SatisfactionItem(
            "LOB02", .lob,
            nl: "De LOB-activiteiten helpen mij ontdekken wat ik belangrijk en leuk vind.",
            en: "The LOB activities help me find out what I find important and enjoyable."),
        SatisfactionItem(
            "LOB03", .lob,
            nl:
                "Ik heb dit jaar genoeg opleidingen en beroepen van dichtbij gezien (open dagen, meeloopdagen, gastlessen).",
            en: "This year I saw enough programmes and jobs up close (open days, taster days, guest lessons)."),
        SatisfactionItem(
            "LOB04", .lob,
            nl: "De LOB-activiteiten op school hangen goed met elkaar samen.",
            en: "The LOB activities at school fit well together."),
        SatisfactionItem(
            "LOB05", .guidance,
            nl: "In de gesprekken met mijn mentor gaat het echt over mijn keuzes en mijn toekomst.",
            en: "The conversations with my mentor really are about my choices and my future."),
        SatisfactionItem(
            "LOB06", .guidance,
            nl: "Ik weet bij wie ik terecht kan met vragen over mijn keuzes.",
            en: "I know whom to ask about my choices."),
        SatisfactionItem(
            "LOB07", .information,
            nl: "Ik krijg op tijd de informatie die ik nodig heb om te kiezen (profiel, vervolgopleiding).",
            en: "I get the information I need to choose in time (subject profile, follow-up education)."),
        SatisfactionItem(
            "LOB08", .lob,
            nl: "Mijn loopbaandossier helpt mij terug te kijken op wat ik gedaan en geleerd heb.",
            en: "My career document helps me look back on what I did and learned."),
        SatisfactionItem(
            "LOB09", .lob,
            nl: "Ik weet wat de school bij LOB van mij verwacht.",
            en: "I know what the school expects of me in LOB."),
        SatisfactionItem(
            "LOB10", .lob,
            nl: "Ik voel mij goed voorbereid op mijn volgende keuze.",
            en: "I feel well prepared for my next choice."),
    ]

    /// General items a school may ask in the same survey.
    public static let general: [SatisfactionItem] = [
        SatisfactionItem(
            "ALG01", .general, nl: "Ik voel mij veilig op school.", en: "I feel safe at school."),
        SatisfactionItem(
            "ALG02", .general, nl: "Ik heb het naar mijn zin op school.", en: "I enjoy being at school."),
        SatisfactionItem(
            "ALG03", .general, nl: "Ik ben tevreden over de lessen.", en: "I am satisfied with the lessons."),
        SatisfactionItem(
            "ALG04", .information,
            nl: "De school informeert mij en mijn ouders goed.", en: "The school informs me and my parents well."),
    ]

    /// The ids of the built-in items, for completion and choices.
    public static var ids: [String] { all.map(\.id) }

    /// The built-in item with this id, in any case (`lob01` is `LOB01`).
    public static func named(_ id: String) -> SatisfactionItem? {
        let key = id.trimmingCharacters(in: .whitespaces).uppercased()
        return all.first { $0.id == key }
    }

    /// The meaning of the scale, as the template prints it.
    public static let scale = Localized(
        nl: "1 = helemaal oneens, 2 = oneens, 3 = neutraal, 4 = eens, 5 = helemaal eens",
        en: "1 = strongly disagree, 2 = disagree, 3 = neutral, 4 = agree, 5 = strongly agree")

    private init(_ id: String, _ theme: SatisfactionTheme, nl: String, en: String) {
        self.id = id
        self.theme = theme
        self.question = Localized(nl: nl, en: en)
    }
}
