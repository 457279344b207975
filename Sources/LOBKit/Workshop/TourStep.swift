/// One step of the guided tour (`lobsh --demo --rondleiding`): a concept in two or three sentences and
/// the command that shows it on the demo school.
///
/// The steps are data; lobsh walks through them (LOBKit never reads the terminal).
public struct TourStep: Sendable {
    /// A few words for the step's heading.
    public let title: Localized
    /// The concept, in two or three sentences.
    public let explanation: Localized
    /// The command; `{1-september}` stands for the first of September of the current school year.
    let template: String

    init(_ title: Localized, _ explanation: Localized, command template: String) {
        self.title = title
        self.explanation = explanation
        self.template = template
    }

    /// The command as the participant sees and runs it in `schoolYear`.
    public func command(schoolYear: SchoolYear) -> String {
        template.replacingOccurrences(of: "{1-september}", with: "\(schoolYear.startYear)-09-01")
    }

    /// The workshop's walk through the demo school: from the overview to the yearly report, ending with a reset.
    public static let workshop: [TourStep] = [
        TourStep(
            Localized(nl: "Het overzicht", en: "The overview"),
            Localized(
                nl:
                    "lobsh werkt met opdrachten: een groep (leerling, agenda, gesprek) en een werkwoord (lijst, toon). 'help' toont alle groepen en commando's; 'help leerling' alles van één groep. Tab vult namen, vlaggen en waarden aan.",
                en:
                    "lobsh works with commands: a group (leerling, agenda, gesprek) and a verb (lijst, toon). 'help' shows every group and command; 'help leerling' everything of one group. Tab completes names, flags and values."
            ),
            command: "help"),
        TourStep(
            Localized(nl: "Leerlingen en de pijplijn", en: "Students and the pipeline"),
            Localized(
                nl:
                    "Het Zuiderlicht College heeft 787 leerlingen in vmbo, havo en vwo. Met | gaat het resultaat van een commando door naar het volgende: hier alleen de eerste vijf.",
                en:
                    "Het Zuiderlicht College has 787 students in vmbo, havo and vwo. With | the result of one command goes on to the next: here only the first five."
            ),
            command: "leerling lijst --leerjaar 3 | eerste 5"),
        TourStep(
            Localized(nl: "Filteren en sorteren", en: "Filtering and sorting"),
            Localized(
                nl:
                    "Filters werken op elke tabel: 'waar' kiest rijen, 'sorteer' zet ze op volgorde, 'kolommen' kiest wat je ziet. Zo stel je zelf je vraag, zonder dat iemand er een rapport voor hoeft te bouwen.",
                en:
                    "Filters work on any table: 'waar' picks rows, 'sorteer' orders them, 'kolommen' picks what you see. That is how you ask your own question, without anyone building a report for it."
            ),
            command:
                "leerling lijst | waar profiel = NG | sorteer achternaam | kolommen roepnaam achternaam klas | eerste 5"
        ),
        TourStep(
            Localized(nl: "De scan van de Kwaliteitsagenda", en: "The scan of the Kwaliteitsagenda"),
            Localized(
                nl:
                    "De school beoordeelt de acht normen van de Kwaliteitsagenda LOB zelf per schooljaar; lobsh zet indicatoren uit de eigen gegevens ernaast. Deze school is op A2 (samenhang) en K1 (evaluatie) in ontwikkeling: 'agenda toon A2' vertelt waarom. Lange uitvoer opent in een pager: spatie bladert, q sluit.",
                en:
                    "The school assesses the eight norms of the Kwaliteitsagenda LOB itself every school year; lobsh puts indicators from its own data beside them. This school is in development on A2 (coherence) and K1 (evaluation): 'agenda toon A2' tells why. Long output opens in a pager: space pages, q closes it."
            ),
            command: "agenda scan"),
        TourStep(
            Localized(nl: "Het programma: dekking", en: "The programme: coverage"),
            Localized(
                nl:
                    "Elke activiteit ontwikkelt loopbaancompetenties. De dekking telt per leerjaar en competentie hoeveel activiteiten er zijn; een gat staat er als 0 !. Zie je welk gat deze school nog heeft?",
                en:
                    "Every activity develops career competencies. Coverage counts the activities per leerjaar and competency; a gap shows as 0 !. Can you see which gap this school still has?"
            ),
            command: "activiteit dekking"),
        TourStep(
            Localized(nl: "Loopbaangesprekken", en: "Career conversations"),
            Localized(
                nl:
                    "Mentoren leggen hun loopbaangesprekken vast. 'gesprek zonder' vindt wie sinds een datum nog geen gesprek had; gegroepeerd per mentor zie je waar de achterstand zit.",
                en:
                    "Mentors record their career conversations. 'gesprek zonder' finds who has had no conversation since a date; grouped per mentor you see where the backlog is."
            ),
            command: "gesprek zonder --sinds {1-september} | groepeer mentor | sorteer aantal --aflopend | eerste 5"),
        TourStep(
            Localized(nl: "Doorstroom", en: "Where students went"),
            Localized(
                nl:
                    "Waar gingen de geslaagden heen? lobsh leest het open bestand van DUO en de eigen gegevens van de school. Kleine aantallen staan bij DUO als <5: lobsh rekent ermee als onzekere waarde, nooit als nul.",
                en:
                    "Where did the graduates go? lobsh reads DUO's open data file and the school's own records. DUO publishes small counts as <5: lobsh counts them as an uncertain value, never as zero."
            ),
            command: "doorstroom overzicht --per bestemming"),
        TourStep(
            Localized(nl: "Tevredenheid", en: "Satisfaction"),
            Localized(
                nl:
                    "De leerlingen vulden een vragenlijst in op een schaal van 1 tot 5. Groepen met te weinig respondenten worden niet getoond. Kijk naar LOB04, de samenhang: dat is waarom A2 nog in ontwikkeling is.",
                en:
                    "The students answered a questionnaire on a scale of 1 to 5. Groups with too few respondents are not shown. Look at LOB04, coherence: that is why A2 is still in development."
            ),
            command: "tevredenheid overzicht --thema lob"),
        TourStep(
            Localized(nl: "Het jaarverslag voor de MR", en: "The yearly report for the MR"),
            Localized(
                nl:
                    "Norm K1 vraagt een jaarlijkse evaluatie met de MR. lobsh maakt het verslag in één opdracht: scan, programma, gesprekken, doorstroom en tevredenheid. Met > schrijf je het naar een bestand; open jaarverslag.html in je browser.",
                en:
                    "Norm K1 asks for a yearly evaluation with the MR. lobsh writes the report in one command: scan, programme, conversations, doorstroom and satisfaction. With > it goes to a file; open jaarverslag.html in your browser."
            ),
            command: "evaluatie rapport --formaat html > jaarverslag.html"),
        TourStep(
            Localized(nl: "Alles terug naar het begin", en: "Everything back to the start"),
            Localized(
                nl:
                    "De demoschool leeft alleen in het geheugen: wat je verandert, raakt geen echte gegevens en geen bestand. 'demo herstel' zet de school terug zoals ze begon, voor de volgende oefening of de volgende groep.",
                en:
                    "The demo school lives in memory only: what you change touches no real data and no file. 'demo herstel' puts the school back as it started, for the next exercise or the next group."
            ),
            command: "demo herstel"),
    ]
}
