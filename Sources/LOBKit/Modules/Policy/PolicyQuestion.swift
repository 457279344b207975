/// The seven questions the Kwaliteitsagenda LOB asks a school's LOB policy to answer (norm B1).
public enum PolicyQuestion: String, CaseIterable, Sendable {
    case p1 = "P1"
    case p2 = "P2"
    case p3 = "P3"
    case p4 = "P4"
    case p5 = "P5"
    case p6 = "P6"
    case p7 = "P7"

    /// The question as the agenda asks it, and in English.
    public var text: Localized {
        switch self {
        case .p1: Localized(nl: "Waar staan we met LOB?", en: "Where do we stand with LOB?")
        case .p2: Localized(nl: "Wat is het doel van LOB op onze school?", en: "What is the aim of LOB at our school?")
        case .p3: Localized(nl: "Waar richten we ons op?", en: "What do we focus on?")
        case .p4: Localized(nl: "Hoe doen we dat?", en: "How do we go about it?")
        case .p5:
            Localized(
                nl: "Welke kennis, vaardigheden en middelen hebben we daarvoor nodig?",
                en: "What knowledge, skills and resources do we need for that?")
        case .p6: Localized(nl: "Hoe nemen we iedereen mee?", en: "How do we bring everyone along?")
        case .p7:
            Localized(
                nl: "Wie is verantwoordelijk voor de uitvoering van het LOB-beleid?",
                en: "Who is responsible for carrying out the LOB policy?")
        }
    }

    /// The ids as a positional's choices: `P1` … `P7`.
    static let ids = allCases.map(\.rawValue)
}
