/// Short reflections as students write them in their loopbaandossier, for the demo school.
///
/// Each field is dealt from a deck, so every text comes up before any repeats; goals and results depend
/// on what kind of activity it was.
struct DemoReflections {
    /// What kind of reflection an activity calls for.
    enum Theme {
        /// Open days, shadow days, trial studies: looking at a follow-up school.
        case visit
        /// Company visits, tasters, guest lessons: looking at work.
        case work
        /// Tests, lessons, conversations, parents' evenings: looking at oneself.
        case own

        init(_ kind: ActivityKind) {
            switch kind {
            case .openDay, .shadowDay, .trialStudy: self = .visit
            case .companyVisit, .taster, .guestLesson, .careerInformation, .alumniEvening: self = .work
            case .test, .lesson, .parentsEvening, .other: self = .own
            }
        }
    }

    private var visitGoals = DemoDeck(
        "Kijken of de opleiding bij me past.",
        "Vragen wat je in het eerste jaar precies doet.",
        "Uitzoeken welke toelatingseisen er zijn.",
        "De sfeer proeven en zien of ik me er thuis voel.",
        "Ontdekken hoeveel praktijk er in de opleiding zit.",
        "Twee opleidingen met elkaar vergelijken.")
    private var visitResults = DemoDeck(
        "Ik heb een proefles gevolgd en met twee eerstejaars gepraat.",
        "Ik weet nu welke vakken ik in mijn profiel nodig heb.",
        "Ik kreeg een rondleiding en heb de praktijklokalen gezien.",
        "Ik heb een presentatie over de opleiding gehoord en vragen gesteld.",
        "Ik heb de data van de meeloopdagen opgeschreven.",
        "Ik heb met een docent gepraat over de stages.")
    private var workGoals = DemoDeck(
        "Zien hoe het er op een echte werkvloer aan toegaat.",
        "Ontdekken welke beroepen er in deze sector zijn.",
        "Horen wat iemand in dit beroep de hele dag doet.",
        "Vragen welke opleiding je voor dit werk nodig hebt.",
        "Kijken of werken met mijn handen iets voor mij is.")
    private var workResults = DemoDeck(
        "Ik heb meegelopen en zelf een paar taken gedaan.",
        "Ik heb drie mensen geïnterviewd over hun werk.",
        "Ik zag dat er veel meer beroepen zijn dan ik dacht.",
        "Ik heb gehoord hoe een werkdag eruitziet en wat je verdient.",
        "Ik heb met een oud-leerling gepraat over haar studie en werk.")
    private var ownGoals = DemoDeck(
        "Beter weten waar mijn interesses liggen.",
        "Ontdekken wat mijn sterke kanten zijn.",
        "Mijn twijfels over mijn keuze op een rij zetten.",
        "Nadenken over wat ik belangrijk vind in werk.",
        "Samen met mijn ouders naar mijn keuze kijken.")
    private var ownResults = DemoDeck(
        "Uit de test kwam dat ik graag met mensen werk.",
        "Ik heb mijn kwaliteiten opgeschreven en mijn mentor om feedback gevraagd.",
        "Ik heb een lijstje gemaakt van drie richtingen die me aanspreken.",
        "De uitslag paste grotendeels bij wat ik al dacht.",
        "Ik heb mijn opties met de decaan doorgesproken.")
    private var evaluations = DemoDeck(
        "Leuker dan verwacht; dit blijft op mijn lijstje.",
        "Het sprak me minder aan dan ik dacht.",
        "Nuttig, maar ik twijfel nog.",
        "Ik merkte dat ik vooral het praktische deel leuk vond.",
        "Te veel theorie voor mij.",
        "Ik voelde me er meteen thuis.",
        "Goed om te doen: ik weet nu wat ik niet wil.",
        "Ik had meer vragen moeten voorbereiden.")
    private var followUps = DemoDeck(
        "Aanmelden voor een meeloopdag.",
        "Bespreken met mijn mentor in het volgende gesprek.",
        "Nog een open dag bezoeken om te vergelijken.",
        "Thuis verder praten met mijn ouders.",
        "De toelatingseisen opzoeken en mijn vakken nakijken.",
        "Een afspraak maken met de decaan.",
        "Geen vervolg: deze richting valt af.")

    /// Fills in `fields` of the four (1 to 4, in the loopbaandossier's order) for an activity of `kind`.
    mutating func fill(
        _ participation: inout Participation, kind: ActivityKind, fields: Int, using generator: inout SeededGenerator
    ) {
        switch Theme(kind) {
        case .visit:
            participation.intendedGoals = visitGoals.draw(using: &generator)
            if fields > 1 { participation.results = visitResults.draw(using: &generator) }
        case .work:
            participation.intendedGoals = workGoals.draw(using: &generator)
            if fields > 1 { participation.results = workResults.draw(using: &generator) }
        case .own:
            participation.intendedGoals = ownGoals.draw(using: &generator)
            if fields > 1 { participation.results = ownResults.draw(using: &generator) }
        }
        if fields > 2 { participation.evaluation = evaluations.draw(using: &generator) }
        if fields > 3 { participation.followUp = followUps.draw(using: &generator) }
    }
}
