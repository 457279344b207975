/// Verslagen, afspraken and working notes as mentors write them, for the demo school.
///
/// Each part is dealt from a deck, so every text comes up before any repeats; `{naam}`, `{keuze}` and
/// `{activiteit}` are filled in with the student's own name, choice and activity.
struct DemoConversationTexts {
    private var openings = DemoDeck(
        "{naam} kwam goed voorbereid en had haar of zijn loopbaandossier bijgewerkt.",
        "We begonnen met terugkijken op de eerste weken van het schooljaar.",
        "{naam} vond het lastig om te beginnen, maar kwam gaandeweg los.",
        "Het gesprek ging vooral over wat {naam} de afgelopen tijd heeft ontdekt.",
        "{naam} had zelf een lijstje met vragen meegenomen.",
        "We hebben eerst de uitslag van de interessetest besproken.",
        "{naam} gaf aan dat het op school goed gaat, maar dat de keuze nog ver weg voelt.",
        "Kort gesprek tussen twee lessen door; {naam} wilde vooral even sparren.")
    private var choiceSentences = DemoDeck(
        "{naam} twijfelt nog over {keuze} en wil eerst meer weten over de vakken.",
        "De voorkeur gaat uit naar {keuze}; de cijfers voor de kernvakken ondersteunen dat.",
        "{naam} zit op zijn of haar plek in {keuze}, maar vraagt zich af wat je ermee kunt worden.",
        "We hebben besproken welke vervolgopleidingen passen bij {keuze}.",
        "{naam} overweegt te wisselen en wil weten wat dat betekent voor {keuze}.",
        "Thuis wordt veel gepraat over {keuze}; {naam} wil vooral een eigen keuze maken.")
    private var activitySentences = DemoDeck(
        "Bij {activiteit} ontdekte {naam} dat de praktijk beter bevalt dan verwacht.",
        "{activiteit} viel tegen: te veel luisteren, te weinig zelf doen.",
        "Na {activiteit} weet {naam} beter welke vragen ze of hij nog heeft.",
        "{naam} vertelde enthousiast over {activiteit} en wil daar meer over horen.",
        "We hebben de reflectie op {activiteit} samen doorgelezen en aangevuld.")
    private var closings = DemoDeck(
        "We spreken elkaar na de volgende activiteit weer.",
        "{naam} gaat de afspraken zelf in het dossier zetten.",
        "Volgende keer kijken we samen naar de open dagen in het voorjaar.",
        "Het was een open gesprek; {naam} weet wat de volgende stap is.",
        "Over een maand even checken hoe het staat.",
        "Ik stuur de decaan een korte mail over de vragen die openstaan.")
    private var studentActions = DemoDeck(
        "Aanmelden voor een meeloopdag", "Reflectie in het loopbaandossier afmaken",
        "Twee opleidingen op kiesmbo.nl of studiekeuze123 vergelijken", "Met ouders de open dagen plannen",
        "Een beroepsbeoefenaar interviewen", "Interessetest maken en uitslag meenemen",
        "Vragen opschrijven voor de decaan", "Stageplek zoeken en een mail sturen")
    private var staffActions = DemoDeck(
        "Contact met de decaan leggen over de profielkeuze", "Informatie over de snuffelstage opzoeken",
        "Terugkoppelen aan de vakdocent", "Overstapmogelijkheden uitzoeken")
    private var notes = DemoDeck(
        "Thuis speelt veel; niet doorvragen over de ouders zonder zorgcoördinator.",
        "Lijkt weinig zin te hebben in school; volgende keer voorzichtig naar welbevinden vragen.",
        "Ouders hebben uitgesproken verwachtingen (universiteit); leerling voelt druk.",
        "Mogelijk dyslexie, nog niet getest; afstemmen met de remedial teacher.",
        "Gaf aan zich soms buitengesloten te voelen in de klas.")
    private var topics = DemoDeck(
        "profielkeuze", "open dagen", "sterke punten", "motivatie", "stage", "vervolgopleiding", "beroepen",
        "studiekeuze", "interessetest", "werkhouding")

    /// A verslag of three or four sentences about `student`, mentioning their choice and `activity`.
    mutating func report(
        for student: Student, activity: String?, using generator: inout SeededGenerator
    ) -> String {
        let choice = student.profile.isEmpty ? student.schoolType.rawValue : student.profile
        var sentences = [openings.draw(using: &generator), choiceSentences.draw(using: &generator)]
        if let activity {
            sentences.append(activitySentences.draw(using: &generator).replacingAll("{activiteit}", activity))
        }
        sentences.append(closings.draw(using: &generator))
        return sentences.map { $0.replacingAll("{naam}", student.givenName).replacingAll("{keuze}", choice) }
            .map(\.capitalisedFirst).joined(separator: " ")
    }

    mutating func studentAction(using generator: inout SeededGenerator) -> String {
        studentActions.draw(using: &generator)
    }
    mutating func staffAction(using generator: inout SeededGenerator) -> String { staffActions.draw(using: &generator) }
    mutating func note(using generator: inout SeededGenerator) -> String { notes.draw(using: &generator) }
    mutating func topic(using generator: inout SeededGenerator) -> String { topics.draw(using: &generator) }
}

extension String {
    fileprivate func replacingAll(_ placeholder: String, _ value: String) -> String {
        components(separatedBy: placeholder).joined(separator: value)
    }

    /// `'t` and other lower-case starts stay, other first letters become capitals.
    fileprivate var capitalisedFirst: String {
        guard let first, first.isLowercase, first != "'" else { return self }
        return first.uppercased() + dropFirst()
    }
}
