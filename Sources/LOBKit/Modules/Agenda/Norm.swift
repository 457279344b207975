/// The four pillars the Kwaliteitsagenda groups its norms under.
public enum Pillar: String, Sendable, CaseIterable {
    case policy = "beleid"
    case activities = "activiteiten"
    case guidance = "begeleiding"
    case quality = "kwaliteit"

    public var name: Localized {
        switch self {
        case .policy: Localized(nl: "Beleid", en: "Policy")
        case .activities: Localized(nl: "Activiteiten", en: "Activities")
        case .guidance: Localized(nl: "Begeleiding", en: "Guidance")
        case .quality: Localized(nl: "Kwaliteit", en: "Quality")
        }
    }
}

/// Where a school stands on a norm in a school year.
public enum AssessmentStatus: String, Sendable, CaseIterable, Comparable {
    case notStarted = "niet-gestart"
    case developing = "in-ontwikkeling"
    case realised = "gerealiseerd"

    var rank: Int { AssessmentStatus.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: AssessmentStatus, rhs: AssessmentStatus) -> Bool { lhs.rank < rhs.rank }
}

/// A minimum norm of the Kwaliteitsagenda LOB voor het VO, with what lobsh says about it.
public struct Norm: Sendable {
    public let id: String
    public let pillar: Pillar
    public let title: Localized
    /// The norm as the agenda states it.
    public let text: Localized
    /// What counts as evidence.
    public let evidence: Localized
    /// Where to begin when nothing is in place (the scan as a start instrument).
    public let firstStep: Localized
    /// What comes next when the norm is under way (the scan as an inventory).
    public let nextStep: Localized
    /// Where a school that has realised it can still sharpen it (the scan as an evaluation).
    public let sharpen: Localized
}

extension Norm {
    /// The norm with this id (case-insensitive), if there is one.
    public static func named(_ id: String) -> Norm? {
        all.first { $0.id.lowercased() == id.lowercased() }
    }

    /// The eight norms in the order the agenda gives them: policy before programme before evaluation,
    /// which is also the order in which a starting school best takes them up.
    public static let all: [Norm] = [
        Norm(
            id: "B1", pillar: .policy,
            title: Localized(nl: "Visie en herkenbaar LOB-beleid", en: "Vision and recognisable LOB policy"),
            text: Localized(
                nl:
                    "De school heeft een visie op LOB en zorgt voor een herkenbaar LOB-beleid dat is afgestemd met de MR en de leerlingenraad. Het LOB-beleid wordt vastgelegd in het schoolplan.",
                en:
                    "The school has a vision on LOB and a recognisable LOB policy, agreed with the participation council (MR) and the student council. The policy is laid down in the school plan."
            ),
            evidence: Localized(
                nl:
                    "Het beleidsdocument met antwoorden op de zeven beleidsvragen; de notulen van de MR (instemming) en van de leerlingenraad; de paragraaf in het schoolplan.",
                en:
                    "The policy document answering the seven policy questions; the minutes of the MR (consent) and of the student council; the section in the school plan."
            ),
            firstStep: Localized(
                nl:
                    "Beantwoord de zeven beleidsvragen met een kleine werkgroep (beleid beantwoord P1 …) en plan de bespreking met leerlingenraad en MR.",
                en:
                    "Answer the seven policy questions with a small working group (beleid beantwoord P1 …) and plan the discussion with the student council and the MR."
            ),
            nextStep: Localized(
                nl:
                    "Leg het beleid voor aan leerlingenraad en MR en neem het op in het schoolplan (beleid gebeurtenis mr-instemming …).",
                en:
                    "Put the policy to the student council and the MR and include it in the school plan (beleid gebeurtenis mr-instemming …)."
            ),
            sharpen: Localized(
                nl:
                    "Toets het beleid aan de evaluatie van dit jaar: kloppen doel en focus (P2, P3) nog met wat de gegevens laten zien?",
                en:
                    "Test the policy against this year's evaluation: do aim and focus (P2, P3) still match what the data show?"
            )),
        Norm(
            id: "B2", pillar: .policy,
            title: Localized(nl: "Leerlingen en ouders geïnformeerd", en: "Students and parents informed"),
            text: Localized(
                nl:
                    "Scholen informeren leerlingen en hun ouders over het LOB-beleid en de LOB-activiteiten, bijvoorbeeld via de portal van de school en/of de schoolgids.",
                en:
                    "Schools inform students and their parents about the LOB policy and activities, for instance through the school portal and/or the school guide."
            ),
            evidence: Localized(
                nl:
                    "De LOB-paragraaf in de schoolgids, de pagina op de portal, de uitnodiging en presentatie van de ouderavond.",
                en:
                    "The LOB section in the school guide, the page on the portal, the invitation and slides of the parents' evening."
            ),
            firstStep: Localized(
                nl: "Schrijf één pagina over LOB voor leerlingen en ouders: wat de school doet en wat zij zelf doen.",
                en: "Write one page on LOB for students and parents: what the school does and what they do themselves."),
            nextStep: Localized(
                nl:
                    "Publiceer die pagina in schoolgids en portal en bespreek haar op een ouderavond (beleid gebeurtenis ouders-geinformeerd …).",
                en:
                    "Publish that page in the school guide and on the portal and discuss it at a parents' evening (beleid gebeurtenis ouders-geinformeerd …)."
            ),
            sharpen: Localized(
                nl:
                    "Vraag leerlingen en ouders of zij weten wat er van hen verwacht wordt; neem die vraag op in de tevredenheidsmeting.",
                en:
                    "Ask students and parents whether they know what is expected of them; include that question in the satisfaction survey."
            )),
        Norm(
            id: "B3", pillar: .policy,
            title: Localized(nl: "Leerlingen medeverantwoordelijk", en: "Students co-responsible"),
            text: Localized(
                nl:
                    "Leerlingen zijn medeverantwoordelijk voor hun studiekeuze- en loopbaantraject en hebben een inspanningsverplichting om zich goed voor te bereiden op hun studiekeuze. Het is voor de leerlingen duidelijk hoe zij kunnen voldoen aan deze inspanningsverplichting.",
                en:
                    "Students share responsibility for their choice of study and career and have an obligation to make an effort to prepare for it. It is clear to them how they can meet that obligation."
            ),
            evidence: Localized(
                nl:
                    "De beschreven inspanningsverplichting per leerjaar, de registratie van wie eraan voldoet, het gesprek erover in de mentorles.",
                en:
                    "The obligation described per year, the record of who meets it, the talk about it in mentor lessons."
            ),
            firstStep: Localized(
                nl: "Beschrijf per leerjaar wat een leerling zelf moet doen (beleid inspanningsverplichting …).",
                en: "Describe per year what a student must do themselves (beleid inspanningsverplichting …)."),
            nextStep: Localized(
                nl: "Maak de verplichting controleerbaar: leg deelname vast en spreek leerlingen aan die achterlopen.",
                en: "Make the obligation checkable: record participation and talk to students who fall behind."),
            sharpen: Localized(
                nl:
                    "Kijk welke leerlingen de verplichting niet halen en waarom; pas de verplichting of de begeleiding aan.",
                en: "Look at which students do not meet the obligation and why; adjust the obligation or the guidance.")
        ),
        Norm(
            id: "A1", pillar: .activities,
            title: Localized(
                nl: "Voldoende LOB-activiteiten vanaf leerjaar 1", en: "Enough LOB activities from year 1"),
            text: Localized(
                nl:
                    "De school organiseert voldoende LOB-activiteiten die bijdragen aan de ontwikkeling van loopbaancompetenties van de leerlingen, vanaf het eerste leerjaar.",
                en:
                    "The school organises enough LOB activities that develop the students' career competencies, from the first year on."
            ),
            evidence: Localized(
                nl:
                    "De activiteitencatalogus per leerjaar met de loopbaancompetenties die elke activiteit ontwikkelt, en de deelname eraan.",
                en:
                    "The activity catalogue per year with the career competencies each activity develops, and participation in it."
            ),
            firstStep: Localized(
                nl: "Zet de bestaande activiteiten op een rij per leerjaar en per loopbaancompetentie.",
                en: "List the existing activities per year and per career competency."),
            nextStep: Localized(
                nl: "Vul de lege vakken: elke competentie in elk leerjaar, ook in de onderbouw.",
                en: "Fill the empty cells: every competency in every year, the lower years too."),
            sharpen: Localized(
                nl: "Schrap wat leerlingen weinig oplevert en versterk wat zij in reflecties het meest noemen.",
                en: "Drop what gives students little and strengthen what they mention most in their reflections.")),
        Norm(
            id: "A2", pillar: .activities,
            title: Localized(nl: "Een samenhangend programma", en: "A coherent programme"),
            text: Localized(
                nl:
                    "De school zorgt voor een LOB-programma dat leerlingen als samenhangend ervaren en dat is afgestemd op het keuzeproces van de leerling.",
                en:
                    "The school provides an LOB programme that students experience as coherent and that is tuned to their choice process."
            ),
            evidence: Localized(
                nl:
                    "Een programma dat naar elk keuzemoment toewerkt (sectorkeuze, profielkeuze, vervolgopleiding) en de ervaring van leerlingen ermee.",
                en:
                    "A programme that builds towards each choice moment (sector, profile, follow-up education) and students' experience of it."
            ),
            firstStep: Localized(
                nl: "Leg de keuzemomenten per schooltype vast en koppel de activiteiten eraan.",
                en: "Fix the choice moments per school type and link the activities to them."),
            nextStep: Localized(
                nl:
                    "Zorg dat elk leerjaar voortbouwt op het vorige en dat elk keuzemoment voorbereidende activiteiten heeft.",
                en: "Make every year build on the one before, and give every choice moment preparing activities."),
            sharpen: Localized(
                nl: "Vraag leerlingen of zij de samenhang ervaren; zie waar zij afhaken.",
                en: "Ask students whether they experience the coherence; see where they drop off.")),
        Norm(
            id: "A3", pillar: .guidance,
            title: Localized(nl: "Deskundigheid voor loopbaangesprekken", en: "Expertise for career conversations"),
            text: Localized(
                nl:
                    "In de school is de deskundigheid aanwezig die nodig is om in dialoog loopbaangesprekken met leerlingen te voeren en hen te begeleiden bij de ontwikkeling van loopbaancompetenties. Zo nodig is dit onderdeel van de professionalisering binnen de school.",
                en:
                    "The school has the expertise to hold dialogic career conversations with students and to guide the development of their career competencies; where needed this is part of staff development."
            ),
            evidence: Localized(
                nl: "Vastgelegde loopbaangesprekken per leerling, getrainde mentoren, het professionaliseringsplan.",
                en: "Career conversations recorded per student, trained mentors, the staff development plan."),
            firstStep: Localized(
                nl: "Spreek af wie met welke leerlingen loopbaangesprekken voert en hoe vaak.",
                en: "Agree who holds career conversations with which students, and how often."),
            nextStep: Localized(
                nl: "Train mentoren in het dialogische gesprek en leg gesprekken en afspraken vast.",
                en: "Train mentors in the dialogic conversation and record conversations and agreements."),
            sharpen: Localized(
                nl: "Kijk welke leerlingen geen gesprek hadden en welke afspraken verlopen zijn.",
                en: "See which students had no conversation and which agreements have lapsed.")),
        Norm(
            id: "A4", pillar: .guidance,
            title: Localized(nl: "Een overdraagbaar loopbaandocument", en: "A transferable career document"),
            text: Localized(
                nl:
                    "De ontwikkeling van een leerling wordt vastgelegd in een overdraagbaar loopbaandocument, zoals het plusdocument, een loopbaandossier of een portfolio.",
                en:
                    "A student's development is recorded in a transferable career document, such as the plusdocument, a career file or a portfolio."
            ),
            evidence: Localized(
                nl:
                    "Het aandeel leerlingen met een bijgehouden loopbaandocument, en de overdracht aan het vervolgonderwijs.",
                en: "The share of students with a maintained career document, and its transfer to follow-up education."),
            firstStep: Localized(
                nl: "Kies één vorm van loopbaandocument voor alle leerlingen.",
                en: "Choose one form of career document for all students."),
            nextStep: Localized(
                nl: "Laat leerlingen na elke activiteit en elk gesprek hun reflectie en volgende stap vastleggen.",
                en: "Have students record their reflection and next step after every activity and conversation."),
            sharpen: Localized(
                nl:
                    "Controleer of de documenten van vertrekkende leerlingen compleet zijn en echt worden overgedragen.",
                en: "Check that leavers' documents are complete and really transferred.")),
        Norm(
            id: "K1", pillar: .quality,
            title: Localized(nl: "Jaarlijkse evaluatie met de MR", en: "Yearly evaluation with the MR"),
            text: Localized(
                nl:
                    "Het bestuur van de school evalueert jaarlijks met de MR het LOB-beleid en betrekt daarbij zowel kwantitatieve als kwalitatieve gegevens, waaronder tenminste de tevredenheid van de leerlingen.",
                en:
                    "The school board evaluates the LOB policy with the MR every year, using quantitative and qualitative data, including at least student satisfaction."
            ),
            evidence: Localized(
                nl:
                    "Het evaluatierapport met gegevens over doorstroom, succes in het vervolgonderwijs en leerlingtevredenheid, en de notulen van de MR-vergadering.",
                en:
                    "The evaluation report with data on transition, success in follow-up education and student satisfaction, and the minutes of the MR meeting."
            ),
            firstStep: Localized(
                nl: "Plan de jaarlijkse evaluatie in de jaaragenda van de MR en verzamel tevredenheidsgegevens.",
                en: "Plan the yearly evaluation in the MR's calendar and collect satisfaction data."),
            nextStep: Localized(
                nl: "Voeg doorstroomgegevens en succes na één jaar toe aan de evaluatie.",
                en: "Add transition data and success after one year to the evaluation."),
            sharpen: Localized(
                nl:
                    "Maak van de evaluatie verbeterafspraken voor volgend jaar en kijk of die vorig jaar zijn nagekomen.",
                en: "Turn the evaluation into improvement agreements for next year, and check last year's were kept.")),
    ]
}
