extension MessageCatalog {
    /// The Dutch templates.
    static let dutch: [MessageKey: String] = [
        .unterminatedQuote: "aanhalingsteken {1} wordt niet gesloten",
        .badVariableReference: "onleesbare variabele; schrijf $naam of ${naam}",
        .emptyPipelineStage: "hier ontbreekt een commando",
        .unexpectedAfterRedirection: "na een omleiding (> bestand) kan niets meer volgen",
        .redirectionWithoutFile: "na > of >> hoort een bestandsnaam",
        .pipelineEndsInPipe: "de pijplijn eindigt op |; daarna hoort nog een commando",
        .commandNameNotLiteral: "de naam van een commando mag geen variabele zijn",
        .unknownCommand: "onbekend commando '{1}' (typ 'help' voor een overzicht)",
        .unknownCommandSuggest: "onbekend commando '{1}' (bedoelde je '{2}'?)",
        .missingVerb: "'{1}' heeft een werkwoord nodig: {2}",
        .unknownVerb: "'{1}' is geen werkwoord van '{2}'; kies uit: {3}",
        .unknownVerbSuggest: "'{1}' is geen werkwoord van '{2}' (bedoelde je '{3}'?)",
        .unknownFlag: "onbekende vlag '{1}' voor '{2}' (zie 'help {2}')",
        .unknownFlagSuggest: "onbekende vlag '{1}' (bedoelde je '{2}'?)",
        .flagRepeated: "de vlag '{1}' mag maar één keer",
        .switchTakesNoValue: "de vlag '{1}' neemt geen waarde",
        .flagNeedsValue: "de vlag '{1}' heeft een waarde nodig",
        .missingArgument: "'{2}' mist {1} (zie 'help {2}')",
        .unexpectedArgument: "onverwacht argument '{1}' voor '{2}'",
        .expectedInteger: "{1} verwacht een geheel getal, niet '{2}'",
        .expectedDecimal: "{1} verwacht een getal, niet '{2}'",
        .expectedDate: "{1} verwacht een datum zoals 2026-09-01 of 1-9-2026, niet '{2}'",
        .expectedSchoolYear: "{1} verwacht een schooljaar zoals 2025-2026, niet '{2}'",
        .unknownChoice: "'{1}' is geen geldige waarde voor {2}; kies uit: {3}",
        .unknownChoiceSuggest: "'{1}' is geen geldige waarde voor {2} (bedoelde je '{3}'?)",
        .expectedMapping: "{1} verwacht veld=Kop, niet '{2}'",
        .expectedNonNegative: "{1} mag niet negatief zijn, niet '{2}'",
        .expectedParameter: "parameters zijn naam=waarde, niet '{1}'",
        .unknownVariable: "onbekende variabele '${1}' (zet hem met: zet {1} …)",
        .unknownVariableSuggest: "onbekende variabele '${1}' (bedoelde je '${2}'?)",
        .badVariableName: "'{1}' kan geen variabelenaam zijn (letters, cijfers, _ en -)",
        .exitCodeOutOfRange: "afsluitcode {1} ligt niet tussen 0 en 255",
        .scriptIncludesItself: "'{1}' roept zichzelf aan (via bron)",
        .filterNeedsTable:
            "'{1}' werkt op een tabel; zet er een commando voor dat een tabel geeft, zoals 'leerling lijst | {1} …'",
        .filterIncomplete: "een voorwaarde is kolom operator waarde, zoals 'leerjaar >= 4'",
        .unknownColumn: "onbekende kolom '{1}'; de kolommen zijn: {2}",
        .unknownColumnSuggest: "onbekende kolom '{1}' (bedoelde je '{2}'?)",
        .unknownOperator: "onbekende operator '{1}'; gebruik een van: {2}",
        .expectedAndOr: "verwacht 'en' of 'of' tussen voorwaarden, niet '{1}'",
        .columnCount: "aantal",
        .columnName: "naam",
        .columnValue: "waarde",
        .oneRow: "1 rij",
        .rowCount: "{1} rijen",
        .fileNotFound: "bestand '{1}' bestaat niet",
        .fileIsDirectory: "'{1}' is een map, geen bestand",
        .fileUnreadable: "bestand '{1}' is niet leesbaar",
        .fileNotUTF8: "bestand '{1}' is geen UTF-8-tekst",
        .fileWriteFailed: "kan niet schrijven naar '{1}'",
        .csvUnterminatedQuote: "{1}, regel {2}: een aanhalingsteken wordt niet gesloten",
        .csvInvalidUTF8: "{1}, regel {2}: geen geldige UTF-8 (sla het bestand op als UTF-8)",
        .csvUTF16: "{1} is UTF-16; sla het op als UTF-8 (CSV UTF-8 in Excel)",
        .jsonUnreadable: "{1} is geen geldige JSON",
        .jsonNotTable: "{1} bevat geen lijst van objecten",
        .databaseOpenFailed: "kan de database '{1}' niet openen",
        .migrationFailed: "de database kan niet worden bijgewerkt naar deze versie van lobsh",
        .databaseError: "databasefout: {1}",
        .databaseBusy:
            "de database wordt te lang bezet gehouden door een ander programma (een andere lobsh, sqlite3 of een backup); wacht tot dat klaar is en probeer het dan opnieuw",
        .databaseReadOnly:
            "de database is alleen-lezen: lobsh mag het bestand of de map ervan niet schrijven; er is niets gewijzigd (controleer de rechten, of werk op een kopie)",
        .diskFull: "de schijf is vol; er is niets gewijzigd",
        .interrupted: "onderbroken; er is niets gewijzigd",
        .errorLabel: "fout",
        .importEmptyFile: "{1} is leeg: er is zelfs geen kopregel",
        .importMissingColumns:
            "{1} mist de kolom(men) {2}; gevonden koppen: {3} (koppel een andere kop met --kolom veld=Kop)",
        .importMappedHeaderMissing: "de kop '{1}' staat niet in {2}; gevonden koppen: {3}",
        .importFailed:
            "{1}: {2} foute rij(en); er is niets geïmporteerd (gebruik --sla-fouten-over om de goede rijen wel te importeren)",
        .badRowDetail: "{1}:{2}: {3}",
        .importDone: "{1} leerlingen ingelezen: {2} nieuw, {3} bijgewerkt, {4} overgeslagen",
        .importNeedsBranch:
            "deze database heeft {1} vestigingen; geef de vestiging met --vestiging of neem een kolom brin op",
        .rowUnterminatedQuote: "een aanhalingsteken wordt niet gesloten",
        .rowInvalidUTF8:
            "geen geldige UTF-8: het bestand is waarschijnlijk Latin-1 of Windows-1252; sla het op als CSV UTF-8",
        .rowFieldCount: "{1} velden, de kopregel heeft er {2}",
        .rowMissingValue: "{1} ontbreekt",
        .rowUnknownSchoolType: "onbekend schooltype '{1}' (bekend: {2})",
        .rowYearNotNumber: "leerjaar '{1}' is geen getal",
        .rowYearOutOfRange: "leerjaar {1} bestaat niet in {2} (1 tot en met {3})",
        .rowDuplicateNumber: "leerlingnummer {1} staat ook op regel {2}",
        .rowBadBrin: "BRIN-code '{1}' heeft geen 4 letters of cijfers",
        .rowUnknownBranch: "onbekende vestiging '{1}'",
        .defaultBranchName: "school",
        .unknownStudent: "er is geen leerling met nummer {1}",
        .studentDeleted: "leerling {1} ({2}) is verwijderd",
        .unknownBranch: "onbekende vestiging '{1}'; bekend: {2}",
        .ambiguousBranch: "'{1}' past op meer vestigingen; kies uit: {2}",
        .badBrin: "'{1}' is geen BRIN-code (4 letters of cijfers, zoals 99ZZ)",
        .branchExists: "vestiging {1} bestaat al",
        .branchAdded: "vestiging {1} ({2}) toegevoegd",
        .branchChanged: "vestiging {1} ({2}) gewijzigd",
        .branchCreated: "nieuwe vestiging {1} aangemaakt (geef haar een naam met: vestiging wijzig {1} --naam …)",
        .helpIntro:
            "lobsh: loopbaanoriëntatie en -begeleiding voor het vo. Een regel is een pijplijn: commando | filter | naar csv > bestand.csv",
        .helpGroups: "Groepen:",
        .helpCommands: "Commando's en filters:",
        .helpMore: "Meer over één groep of commando: help leerling, help leerling lijst, help waar.",
        .helpMoreGroup: "Meer over één commando: help {1} WERKWOORD.",
        .helpUsage: "Gebruik:",
        .helpAliases: "Ook:",
        .helpArguments: "Argumenten:",
        .helpFlags: "Vlaggen:",
        .helpFlagsPlaceholder: "[vlaggen]",
        .helpRepeatable: "(herhaalbaar)",
        .helpExamples: "Voorbeelden:",
        .registryConflict: "twee modules claimen de naam '{1}': {2} en {3}",
        .lobshTryHelp: "Zie 'lobsh --help'.",
        .lobshUnknownOption: "onbekende optie '{1}'",
        .lobshUnknownOptionSuggest: "onbekende optie '{1}' (bedoelde je '{2}'?)",
        .lobshBadOptions: "ongeldige opties: {1}",
        .lobshDemoAndDatabase: "--demo en --db gaan niet samen: de demoschool staat in het geheugen",
        .lobshUsage:
            "lobsh: loopbaanoriëntatie en -begeleiding (LOB) voor het voortgezet onderwijs\n\nGebruik:\n  lobsh [opties]                      de interactieve shell\n  lobsh [opties] -c 'commando's'      commando's uitvoeren en stoppen\n  lobsh [opties] script.lob [naam=waarde…]   een script (recept) uitvoeren\n  lobsh [opties] -                    commando's van stdin lezen\n\nOpties:\n  --db BESTAND     de database (standaard $XDG_DATA_HOME/lobsh/school.sqlite)\n  --demo           een demoschool in het geheugen, voor workshops\n  --echo           elke opdracht met de prompt tonen voordat ze draait\n  --tempo MS       MS milliseconden wachten voor elke opdracht (zet --echo aan; ook --pace)\n  --rondleiding    met --demo: een rondleiding in stappen (ook --tour)\n  --doorgaan       na een fout doorgaan met de volgende opdracht\n  --lang nl|en     de taal (standaard uit LANG)\n  --stil           geen welkomsttekst in de shell\n  --geen-init      init.lob niet uitvoeren\n  --version        de versie tonen\n  --help           deze hulp\n\nAfsluitcodes: 0 gelukt, 1 commando mislukt, 2 gebruiksfout, 3 foute gegevens, 130 onderbroken.\nBinnen lobsh: 'help' voor alle commando's.",
        .expectedPositive: "{1} moet een positief getal zijn, niet '{2}'",
        .columnCommand: "opdracht",
        .lobshBanner:
            "lobsh {1}: loopbaanoriëntatie en -begeleiding. Database: {2}.\nTyp 'help' voor de commando's, 'rondleiding' voor een rondleiding, Ctrl-D of 'stop' om te stoppen.",
        .lobshDemoDatabase: "de demoschool (in het geheugen)",
        .agendaShare: "{1} van {2} gerealiseerd ({3}%)",
        .indicatorNone:
            "nog geen indicatoren (die komen met de module voor de evaluatie)",
        .indicatorNoData: "geen gegevens",
        .agendaAssessmentHeading: "Beoordeling {1}",
        .agendaAssessedBy: "door {1} op {2}",
        .agendaNotAssessed: "{1} is dit schooljaar nog niet beoordeeld (agenda beoordeel {1} --status …).",
        .agendaStatusNeeded:
            "{1} heeft in {2} nog geen beoordeling: geef --status niet-gestart, in-ontwikkeling of gerealiseerd",
        .agendaAssessed: "{1} ({2}) beoordeeld: {3}",
        .agendaYearExists: "schooljaar {1} heeft al een scan; pas die aan met agenda beoordeel",
        .agendaNothingToCopy: "er is geen scan van vóór {1} om over te nemen; begin met agenda beoordeel",
        .agendaYearStarted: "scan {1} begonnen: {2} normen overgenomen uit {3}",
        .agendaScanTitle: "LOB-scan {1}, {2}",
        .agendaEvidenceCount: "{1} × bewijs",
        .agendaAllRealised: "Alle normen zijn gerealiseerd; kijk met --als evaluatie waar het scherper kan.",
        .agendaChangedSince: "Wat veranderde sinds {1}",
        .agendaEvidenceAdded: "{1} × nieuw bewijs",
        .agendaNothingChanged: "Geen normen veranderd van status en geen nieuw bewijs.",
        .agendaReportTitle: "LOB-scan {1} {2}",
        .agendaReportIntro:
            "De stand van de school op de minimale normen van de Kwaliteitsagenda LOB voor het VO in schooljaar {1}, met de beoordeling van {2} ernaast en indicatoren uit de eigen gegevens van de school.",
        .unknownChoiceSuggestList: "'{1}' is geen geldige waarde voor {2} (bedoelde je '{3}'? kies uit: {4})",
        .policyEmptyText: "{1} mag niet leeg zijn",
        .policyFlagRequired: "'{2}' heeft de vlag {1} nodig (zie 'help {2}')",
        .policyAnswerRecorded: "antwoord op {1} vastgelegd voor {2}",
        .policyEventRecorded: "{1} op {2} vastgelegd (schooljaar {3})",
        .policyEventKnown: "{1} op {2} stond al vastgelegd (schooljaar {3})",
        .policyResponsibleIncomplete:
            "geef ook {1}: een verantwoordelijke vastleggen vraagt --rol en --naam (zonder beide: de lijst)",
        .policyResponsibleAdded: "{1} {2} vastgelegd als verantwoordelijke voor {3}",
        .policyResponsibleKnown: "{1} {2} stond al vastgelegd als verantwoordelijke voor {3}",
        .policyObligationRecorded: "inspanningsverplichting vastgelegd voor {1}",
        .policyObligationNone:
            "er is nog geen inspanningsverplichting vastgelegd voor {1} of eerder (leg haar vast met: beleid inspanningsverplichting TEKST…)",
        .policyObligationFrom: "vastgelegd voor {1} op {2}",
        .policyObligationMissing: "geen inspanningsverplichting vastgelegd",
        .policyQuestionsCount: "{1} van 7",
        .policyQuestionsOpen: "{1} van 7; open: {2}",
        .policyEventOn: "{1} op {2}",
        .policyEventInstead: "via {1} op {2} (geen {3} vastgelegd)",
        .policyEventMissing: "geen {1} vastgelegd",
        .policyNone: "geen",
        .policyNotRecorded: "niet vastgelegd",
        .policyPointQuestions: "de zeven beleidsvragen beantwoord",
        .policyPointCouncilApproval: "instemming van de MR",
        .policyPointStudentCouncil: "besproken met de leerlingenraad",
        .policyPointSchoolPlan: "vastgelegd in het schoolplan",
        .policyPointStudentsInformed: "leerlingen geïnformeerd",
        .policyPointParentsInformed: "ouders geïnformeerd",
        .policyPointPublished: "gepubliceerd in schoolgids of portal",
        .policyPointStudentObligation: "inspanningsverplichting van leerlingen vastgelegd",
        .policyDocumentTitle: "LOB-beleid {1}",
        .policyNotAnswered: "nog niet beantwoord",
        .policyAnswerSource: "schooljaar {1}, vastgelegd op {2}",
        .policyAnswerSourceBy: "schooljaar {1}, vastgelegd op {2} door {3}",
        .policyObligationHeading: "Inspanningsverplichting van leerlingen",
        .policyResponsiblesHeading: "Verantwoordelijk in {1}",
        .policyEventsHeading: "Gebeurtenissen in {1}",
        .activityUnknown: "er is geen activiteit met code '{1}' (zie activiteit lijst)",
        .activityUnknownSuggest: "er is geen activiteit met code '{1}' (bedoelde je {2}?)",
        .activityExists: "er is al een activiteit met code '{1}' ({2}); wijzig die met: activiteit wijzig {1} …",
        .activityBadCode: "'{1}' kan geen code zijn: gebruik hoogstens 20 letters, cijfers, - en _, zoals OD-HAN",
        .activityFlagRequired: "'{2}' heeft de vlag {1} nodig (zie 'help {2}')",
        .activityFlagConflict: "{1} en {2} gaan niet samen",
        .activityNothingToChange:
            "geef aan wat er verandert, zoals --naam of --leerjaar (zie 'help activiteit wijzig')",
        .activityYearOutOfRange: "leerjaar {1} bestaat niet: een leerjaar is 1 tot en met 6",
        .activityYearNotInTypes: "leerjaar {1} bestaat niet in {2}",
        .activityPeriodReversed: "van ({1}) ligt na tot ({2})",
        .activityAdded: "activiteit {1} toegevoegd: {2}",
        .activityChanged: "activiteit {1} gewijzigd: {2}",
        .activityDeleted: "activiteit {1} verwijderd: {2}",
        .activityImportDone: "{1} activiteiten ingelezen: {2} nieuw, {3} bijgewerkt, {4} overgeslagen",
        .activityRowUnknownValue: "{1} '{2}' is onbekend (bekend: {3})",
        .activityRowBadYears: "leerjaren '{1}' is geen lijst van leerjaren zoals 4;5;6 of 4-6",
        .activityRowBadYesNo: "{1} is ja of nee, niet '{2}'",
        .activityRowBadDate: "{1} '{2}' is geen datum zoals 2026-09-01 of 1-9-2026",
        .activityRowDuplicateCode: "code {1} staat ook op regel {2}",
        .activityGap: "{1} in leerjaar {2}",
        .activityCoverageGaps: "{1} gat(en) (0 !): {2}",
        .activityCoverageNoGaps: "geen gaten: elke loopbaancompetentie komt in elk leerjaar aan bod",
        .activityCoverageIndicator: "{1} van {2} vakken gedekt",
        .activityCoverageIndicatorGaps: "{1} van {2} vakken gedekt; gaten: {3}",
        .activityMomentUnprepared:
            "{1} in leerjaar {2}: geen activiteiten die erop voorbereiden in leerjaar 1 tot en met {2} (--keuzemoment {3})",
        .activityMomentLate:
            "{1} in leerjaar {2}: de activiteiten die erop voorbereiden komen pas na leerjaar {2} (--keuzemoment {3})",
        .activityYearEmpty: "leerjaar {1} heeft geen activiteiten: het programma valt hier stil",
        .activityCompetencyOnce: "{1} komt alleen in leerjaar {2} aan bod en in geen ander leerjaar",
        .activityCoherent:
            "in orde: elk keuzemoment voorbereid, elk leerjaar met activiteiten, elke competentie in meer leerjaren",
        .activityCoherenceIndicator: "{1} bevinding(en): {2}",
        .activityCoherenceIndicatorNone: "geen bevindingen ({1} schooltypen)",
        .obligationWordsMinimum: "minimaal {1} × {2}",
        .obligationWordsCompetency: "minimaal {1} × competentie {2}",
        .obligationWordsActivity: "activiteit {1}",
        .obligationWordsActivities: "activiteiten {1}",
        .obligationRuleAdded: "regel {1} vastgelegd voor {2}: {3}",
        .obligationRuleDeleted: "regel {1} verwijderd ({2}: {3})",
        .obligationUnknownRule: "er is geen regel met id {1} (zie 'verplichting lijst')",
        .obligationNoForm:
            "geef de regel met --soort SOORT --minimaal N, met --activiteit CODE (herhaalbaar) of met --competentie COMPETENTIE --minimaal N",
        .obligationTwoForms: "één regel tegelijk: {1} en {2} gaan niet samen (leg ze vast als twee regels)",
        .obligationMinimumMissing: "{1} heeft --minimaal N nodig: minstens hoeveel verschillende activiteiten",
        .obligationMinimumNotWithActivities:
            "--minimaal hoort niet bij --activiteit: elke genoemde activiteit moet gedaan worden",
        .obligationMinimumTooSmall: "--minimaal moet minstens 1 zijn, niet {1}",
        .obligationYearOutOfRange: "{1} heeft geen leerjaar {2} (leerjaar 1 tot en met {3})",
        .obligationUnknownActivity: "er is geen activiteit '{1}' in de catalogus",
        .obligationUnknownActivitySuggest: "er is geen activiteit '{1}' in de catalogus (bedoelde je '{2}'?)",
        .obligationActivityNotFor:
            "deze regel is nooit te halen: {1} is niet bedoeld voor {2} {3}, maar voor {4} in leerjaar {5}",
        .obligationActivityNotForYear:
            "deze regel is nooit te halen: {1} is niet bedoeld voor leerjaar {2}, maar voor leerjaar {3}",
        .obligationTooFew:
            "deze regel is nooit te halen: minimaal {1} × {2} voor {3} {4}, maar de catalogus heeft er daarvoor maar {5} ({6})",
        .obligationNoneOfKind:
            "deze regel is nooit te halen: de catalogus heeft geen activiteiten van soort {1} voor {2} {3}",
        .obligationNoneForCompetency:
            "deze regel is nooit te halen: de catalogus heeft geen activiteiten die {1} ontwikkelen voor {2} {3}",
        .obligationDuplicate: "die regel bestaat al voor {1} (regel {2})",
        .obligationViewTitle: "Inspanningsverplichting van {1} ({2})",
        .obligationViewAsOf: "Schooljaar {1}, {2} leerjaar {3}, stand op {4}.",
        .obligationViewProgress: "Je hebt {1} van de {2} gedaan.",
        .obligationViewDone: "Je hebt {1} gedaan.",
        .obligationViewMore: "nog {1} {2}",
        .obligationViewForCompetency: "{1} voor {2}",
        .obligationViewToDo: "Nog te doen: {1}.",
        .obligationViewAllDone: "Je hebt alles gedaan wat de school dit schooljaar van je vraagt.",
        .obligationViewOnTrack: "Je ligt op schema.",
        .obligationViewBehind: "Je loopt achter: spreek met je mentor of de decaan af wanneer je dit inhaalt.",
        .obligationViewNoRules: "De school heeft voor {1} leerjaar {2} geen regels vastgelegd.",
        .obligationViewCountedHeading: "Wat meetelt",
        .obligationViewNothingCounted: "Nog niets dit schooljaar.",
        .obligationViewPolicyHeading: "Wat de school van je vraagt",
        .obligationGroupsOne: "1 groep",
        .obligationGroupsMany: "{1} groepen",
        .obligationIndicatorValue: "regels voor {1}; {2}",
        .obligationIndicatorShare: "{1}% van de leerlingen op schema",
        .obligationIndicatorNoStudents: "geen leerlingen in die groepen",
        .participationUnknownActivity: "er is geen activiteit met code '{1}'",
        .participationUnknownActivitySuggest: "er is geen activiteit met code '{1}' (bedoelde je '{2}'?)",
        .participationUnknownStudentSuggest: "er is geen leerling met nummer {1} (bedoelde je {2}?)",
        .participationNothingRegistered: "er is niets geregistreerd",
        .participationNoStudents:
            "geef een of meer leerlingnummers, of geef leerlingen door via de pijplijn (leerling lijst --klas H4A | {1} …)",
        .participationInputWithoutNumbers:
            "'{1}' verwacht als invoer een tabel met de kolom leerlingnummer; de invoer heeft: {2}",
        .participationInputEmpty: "de invoer bevat geen leerlingen; er is niets geregistreerd",
        .participationRegistered: "{1} op {2} ({3}): {4} nieuw, {5} stonden er al",
        .participationStatusChanged: "bij {1} die er al stonden is de status gewijzigd in {2}",
        .participationNotMeantFor: "let op: {1} is bedoeld voor {2}, niet voor {3}",
        .participationAudience: "{1} in leerjaar {2}",
        .participationAllSchoolTypes: "alle schooltypen",
        .participationAndMore: "en nog {1}",
        .participationImportDone: "{1} deelnames ingelezen: {2} nieuw, {3} bijgewerkt, {4} overgeslagen",
        .participationNotMeantForRows:
            "let op: in {1} rij(en) is de activiteit niet bedoeld voor het schooltype en leerjaar van de leerling (regel {2})",
        .participationRowUnknownStatus: "onbekende status '{1}' (bekend: {2})",
        .participationRowBadDate: "'{1}' is geen datum zoals 2026-09-01 of 1-9-2026",
        .participationRowDuplicate: "dezelfde deelname (activiteit, leerling, datum) staat ook op regel {1}",
        .participationNone:
            "leerling {1} heeft geen deelname aan {2} (registreer die eerst met: deelname registreer {2} {1})",
        .participationNoneOnDate: "leerling {1} heeft geen deelname aan {2} op {3}; wel op: {4}",
        .participationSeveralDates: "leerling {1} heeft {2} deelnames aan {3} ({4}); kies er een met --datum",
        .participationReflectionSaved: "reflectie bij {1} van {2} op {3} vastgelegd: {4}",
        .participationReflectionOnStatus: "let op: deze deelname heeft de status {1}",
        .participationDatesReversed: "--van {1} ligt na --tot {2}",
        .participationInputNotTable:
            "'{1}' verwacht als invoer een tabel met de kolom leerlingnummer, zoals 'leerling lijst' die geeft",
        .helpChoices: "kies uit: {1}",
        .staffMemberAdded: "{1} toegevoegd aan het team ({2})",
        .staffMemberUpdated: "{1} was al teamlid; rollen nu: {2}",
        .staffMemberDeleted: "{1} verwijderd uit het team, met {2} scholing(en)",
        .staffUnknownMember: "{1} is geen teamlid (voeg toe met: team nieuw \"{1}\" --rol mentor)",
        .staffUnknownMemberSuggest: "{1} is geen teamlid (bedoelde je '{2}'?)",
        .staffEmptyText: "{1} mag niet leeg zijn",
        .staffFlagRequired: "'{2}' heeft de vlag {1} nodig (zie 'help {2}')",
        .staffBadEmail: "'{1}' is geen e-mailadres",
        .staffFromRosterAlone:
            "--uit-rooster gaat zonder NAAM, --rol en --email: het voegt elke mentor uit het rooster toe met de rol mentor",
        .staffFromRosterAdded: "{1} mentor(en) uit het rooster toegevoegd aan het team; {2} waren al teamlid",
        .staffTrainingRecorded: "scholing '{1}' van {2} op {3} vastgelegd ({4} uur; {5})",
        .staffTrainingKnown: "scholing '{1}' van {2} op {3} stond er al",
        .staffTrainingInFuture: "--datum {1} ligt na vandaag ({2}): leg een scholing vast als die gevolgd is",
        .staffHoursNotPositive: "--uren moet meer dan 0 zijn, niet {1}",
        .staffYearsNotPositive: "--jaren moet minstens 1 zijn, niet {1}",
        .staffIndicatorShare: "{1} van {2} mentoren getraind in loopbaangesprekken ({3}%)",
        .staffIndicatorNoMentors: "geen mentoren in het rooster of het team",
        .dossierItemAdded: "item {1} toegevoegd aan het dossier van {2} ({3}): {4}, {5}",
        .dossierEmptyDescription: "--omschrijving mag niet leeg zijn: zeg wat de leerling deed of behaalde",
        .dossierFutureDate: "de datum {1} ligt in de toekomst (vandaag is {2}): leg een item vast als het gebeurd is",
        .dossierUnknownItem: "er is geen dossier-item met id {1} (zie 'dossier items')",
        .dossierItemDeleted: "item {1} ({2}: {3}) van leerling {4} is verwijderd",
        .dossierTitle: "Loopbaandossier van {1}",
        .dossierStudentNumber: "leerlingnummer {1}",
        .dossierClass: "klas {1}",
        .dossierGroup: "{1}, leerjaar {2}",
        .dossierMadeOn: "opgemaakt op {1}",
        .dossierNothingRecorded:
            "Nog niets vastgelegd: er staan nog geen activiteiten, gesprekken of items in dit dossier.",
        .dossierSchoolYear: "Schooljaar {1}",
        .dossierObligations: "Inspanningsverplichting {1}",
        .dossierSharedOnly: "Dit dossier bevat alleen wat met de leerling gedeeld is.",
        .dossierActivity: "{1}  Activiteit: {2}",
        .dossierIntendedGoals: "Beoogde doelen: {1}",
        .dossierResults: "Resultaten: {1}",
        .dossierEvaluation: "Evaluatie: {1}",
        .dossierFollowUp: "Vervolgactiviteiten: {1}",
        .dossierNoReflection: "(nog geen reflectie)",
        .dossierConversation: "{1}  Gesprek: {2}",
        .dossierConversationWith: "met {1}",
        .dossierTopics: "Onderwerpen: {1}",
        .dossierReport: "Verslag: {1}",
        .dossierAgreement: "Afspraak: {1} ({2})",
        .dossierAgreementBy: "door {1}",
        .dossierAgreementDue: "voor {1}",
        .dossierAgreementDone: "klaar op {1}",
        .dossierItem: "{1}  {2}: {3}",
        .dossierEvidence: "Bewijs: {1}",
        .dossierJSONFailed: "kan het dossier van leerling {1} niet als JSON schrijven",
        .dossierNumberOrClass: "geef een leerlingnummer of --klas, niet allebei",
        .dossierNeedsStudent: "'dossier exporteer' mist een leerlingnummer of --klas (zie 'help dossier exporteer')",
        .dossierClassNeedsFolder: "--klas schrijft één bestand per leerling: geef ook --map, zoals --map uitvoer/",
        .dossierFolderFailed: "kan de map '{1}' niet maken",
        .dossierEmptyClass: "er zijn geen leerlingen in klas {1}",
        .dossierEmptyClassSuggest: "er zijn geen leerlingen in klas {1} (bedoelde je {2}?)",
        .dossierIndicatorValue:
            "{1}% van de leerlingen heeft een reflectie of item in het loopbaandossier ({2} van {3})",
        .conversationAgreementWithoutWhat:
            "een afspraak heeft een beschrijving nodig: geef bij elke --door en --voor een --afspraak \"wat\"",
        .conversationBadParticipant: "'{1}' is geen deelnemer; schrijf rol:naam, zoals mentor:\"J. de Vries\"",
        .conversationUnknownRoleSuggest: "onbekende rol '{1}' (bedoelde je '{2}'?)",
        .conversationUnknownRole: "onbekende rol '{1}' (kies uit: {2})",
        .conversationUnknown: "er is geen gesprek met nummer {1} (zie gesprek lijst)",
        .conversationDateInFuture: "{1} ligt in de toekomst; leg een gesprek vast als het gevoerd is",
        .conversationEmptyReport:
            "let op: het gesprek heeft geen verslag; vul het aan met gesprek wijzig {1} --verslag \"…\"",
        .conversationRecorded: "gesprek {1} vastgelegd: {2} met {3} op {4} ({5} afspraken)",
        .conversationNoParticipation:
            "leerling {1} heeft geen deelname aan {2} (registreer die eerst met: deelname registreer {2} {1})",
        .conversationEditorHeader:
            "Verslag van het gesprek met {1} op {2}.\nRegels die met # beginnen tellen niet mee; een leeg verslag mag.",
        .conversationConfidentialNotTerminal:
            "--inclusief-vertrouwelijk kan alleen op het scherm: niet in een pijplijn, niet naar een bestand en niet in een script waarvan de uitvoer wordt doorgestuurd",
        .conversationPrivateNoteLabel: "werkaantekening (vertrouwelijk, alleen voor jou):",
        .conversationNoPrivateNote: "(geen)",
        .conversationNothingToChange:
            "geef aan wat er verandert: --verslag, --soort, --onderwerp, --afspraak of --werkaantekening",
        .conversationChanged: "gesprek {1} gewijzigd: {2}",
        .conversationUnknownAgreement: "er is geen afspraak met nummer {1} (zie gesprek afspraken)",
        .conversationAgreementDone: "afspraak {1} klaar op {2}",
        .conversationSinceRequired: "geef met --sinds vanaf welke datum, zoals --sinds 2026-09-01",
        .conversationIndicatorShare: "{1}% van de leerlingen ({2})",
        .conversationIndicatorYearShare: "lj{1} {2}%",
        .conversationIndicatorAgreements: "{1} open, {2} verlopen",
        .conversationAgreementTwice: "{1} staat twee keer bij de afspraak '{2}'; geef elke afspraak één {1}",
        .registryIncompatibleAPI:
            "module '{1}' is geschreven voor LOBKit-API {2}, deze lobsh heeft API {3}: werk de module bij (of bouw lobsh zonder haar map in Plugins/)",
        .registryDuplicateModule: "twee modules heten '{1}'; geef één van beide een andere naam",
        .evaluateOnePipeline: "een module kan één pijplijn zonder '>' uitvoeren, niet: {1}",
        .moduleMessage: "{1}",
        .transitionEmptyGroup: "(geen)",
        .transitionRowDuplicate: "leerling {1} van cohort {2} staat al op regel {3}",
        .transitionRowBadCohort: "kolom {1}: '{2}' is geen examenjaar (zoals 2025) of schooljaar (zoals 2024-2025)",
        .transitionRowBadValue: "kolom {1}: onbekende waarde '{2}' (kies uit {3})",
        .transitionRowBadDUOType:
            "kolom onderwijstype: '{1}' (leerweg '{2}') is geen schooltype; verwacht VMBO met leerweg BB, KB, GL of TL, of HAVO of VWO",
        .transitionRowBadCount: "kolom {1}: '{2}' is geen aantal (een heel getal, of <5)",
        .transitionNeedsNumber: "geef het leerlingnummer van de oud-leerling",
        .transitionNeedsCohort: "geef het examenjaar met --cohort, zoals --cohort 2025",
        .transitionNewNeedsTypeAndDestination:
            "leerling {1} staat nog niet in dit cohort: geef --schooltype en --bestemming",
        .transitionRegistered: "doorstroom van {1} (cohort {2}) vastgelegd: {3}, na een jaar {4}",
        .transitionUpdated: "doorstroom van {1} (cohort {2}) bijgewerkt: {3}, na een jaar {4}",
        .transitionImportDone: "{1} oud-leerlingen ingelezen: {2} nieuw, {3} bijgewerkt, {4} overgeslagen",
        .transitionBRINOnlyForDUO: "--brin hoort bij --formaat duo",
        .transitionDUONeedsBRIN:
            "geef de BRIN-code van de school met --brin, zoals --brin 99ZZ (er zijn geen vestigingen vastgelegd)",
        .transitionDUONoOwnRows: "{1} heeft geen rijen van {2} (BRIN-codes in het bestand: {3})",
        .transitionDUOImportDone:
            "DUO: {1} rijen van {2} ingelezen voor cohort {3} ({4} aantallen zijn een bereik door <5); {5} rijen van andere scholen overgeslagen",
        .transitionDUOHiddenAttributed:
            "{1} rijen met schoolcode XXXX (<5) horen op naam en gemeente bij {2} en zijn meegeteld",
        .transitionDUOHiddenSkipped:
            "{1} rijen met schoolcode XXXX (<5) zijn aan geen school toe te kennen en overgeslagen; hoort er een bij deze school, dan is het totaal te laag",
        .transitionNoData:
            "er zijn nog geen doorstroomgegevens; voeg ze toe met doorstroom registreer, doorstroom importeer BESTAND of doorstroom importeer BESTAND --formaat duo",
        .transitionNoSourceData: "er zijn geen doorstroomgegevens uit bron {1}",
        .transitionNoCohort: "er zijn geen doorstroomgegevens (bron {1}) van cohort {2}; wel van: {3}",
        .transitionDUONoGrouping:
            "DUO's cijfers hebben geen {1}: gebruik --per schooltype of --per bestemming, of --bron school",
        .transitionNoStatus:
            "er is nog geen status na een jaar bekend; leg die vast met doorstroom registreer NUMMER --cohort JAAR --status … of importeer de kolom status-na-een-jaar",
        .transitionChartOverview: "Doorstroom cohort {1} per {2} (bron: {3})",
        .transitionChartSuccess: "Status een jaar na het examen, cohort {1}, per {2}",
        .transitionChartTrend: "Doorstroom per cohort en {1} (bron: {2})",
        .transitionReportOwn:
            "Bestemmingen volgens de eigen gegevens van de school, cohort {1} (examen in de zomer van {1}) naast eerdere cohorten: aantal (aandeel).",
        .transitionReportDUO:
            "Bestemmingen volgens DUO's open data 'Bestemming vo-gediplomeerden', tot en met cohort {1}. DUO publiceert aantallen van 1 tot 4 als <5: een totaal daarop is een bereik, zoals 118–130.",
        .transitionReportNoData:
            "Er zijn geen doorstroomgegevens van cohort {1} of eerder. Voeg ze toe met doorstroom importeer BESTAND (eigen gegevens per oud-leerling) of doorstroom importeer BESTAND --formaat duo (DUO's open data).",
        .transitionReportNoSuccess:
            "Er is geen status na een jaar bekend van cohort {1} of eerder. Leg die vast met doorstroom registreer NUMMER --cohort JAAR --status …, of doorstroom importeer BESTAND met de kolom status-na-een-jaar.",
        .transitionReportSuccess:
            "Status een jaar na het examen per cohort, tot en met cohort {1}: doorgegaan (nog in dezelfde opleiding), geswitcht, uitgevallen of onbekend.",
        .satisfactionYearGroup: "leerjaar {1}",
        .satisfactionEveryone: "alle leerlingen",
        .satisfactionUnknownShape:
            "{1}: de vorm is niet te herkennen aan de kopregel ({2}); verwacht per antwoord respondent, schooltype, leerjaar, item, score; per respondent een kolom per item zoals LOB01 (zie tevredenheid sjabloon --invulblad); of totalen item, schooltype, leerjaar, n, gemiddelde, n1 … n5",
        .satisfactionRowRespondentGroup:
            "schooltype/leerjaar: respondent {1} staat op regel {2} in groep {3}; een respondent hoort bij één groep",
        .satisfactionRowUnknownItem: "{1}: onbekend item '{2}' (de bekende items staan in tevredenheid items)",
        .satisfactionRowRespondentTwice: "item: respondent {1} beantwoordt {2} ook op regel {3}",
        .satisfactionRowRespondentAgain: "respondent: {1} staat ook op regel {2}",
        .satisfactionRowBadRespondents: "{1}: '{2}' is geen aantal respondenten (een geheel getal groter dan 0)",
        .satisfactionRowDuplicate: "item {1} voor {2} staat ook op regel {3}",
        .satisfactionRowOverlap:
            "item {1} voor {2} overlapt met {3} op regel {4}; geef per item óf alle groepen samen óf aparte groepen",
        .satisfactionRowPartialDistribution: "{1} is leeg; vul n1 tot en met n5 alle vijf in of geen ervan",
        .satisfactionRowBadAnswerCount: "{1}: '{2}' is geen aantal (een geheel getal van 0 of meer)",
        .satisfactionRowCountMismatch: "n: {1} klopt niet met n1 tot en met n5, die samen {2} zijn",
        .satisfactionRowNoScores: "gemiddelde: leeg, en n1 tot en met n5 ook; geef een gemiddelde of de verdeling",
        .satisfactionRowBadMean: "{1}: '{2}' is geen gemiddelde van 1 tot en met 5",
        .satisfactionRowMeanMismatch: "gemiddelde: {1} klopt niet met n1 tot en met n5, die {2} geven",
        .satisfactionRowBadSchoolType: "schooltype: '{1}' is geen schooltype (kies uit: {2}, of leeg voor alle)",
        .satisfactionRowBadYear: "leerjaar: '{1}' is geen leerjaar van 1 tot en met 6 (of leeg voor alle)",
        .satisfactionRowYearNotInType: "leerjaar: {1} bestaat niet in {2}",
        .satisfactionRowBadScore: "{1}: '{2}' is geen score van 1 tot en met 5",
        .satisfactionRowBadShareable: "deelbaar: '{1}' is geen ja of nee",
        .satisfactionNothingInFile: "{1} bevat geen enkele score; er is niets geïmporteerd",
        .satisfactionIgnoredColumns: "let op: deze kolommen zijn niet gelezen: {1}",
        .satisfactionImportReplaced:
            "de eerdere import van bron {1} in {2} is vervangen, met de opmerkingen en hun markering deelbaar",
        .satisfactionImportRespondents:
            "{1}: {2} respondenten, {3} items, {4} groepen en {5} opmerkingen ingelezen voor {6} (bron {7})",
        .satisfactionImportTotals: "{1}: {2} resultaten ({3} items, {4} groepen) ingelezen voor {5} (bron {6})",
        .satisfactionTooFew: "minder dan {1} respondenten",
        .satisfactionBarText: "{1} (n={2})",
        .satisfactionNoResults:
            "er zijn geen tevredenheidsresultaten voor {1}; voeg ze toe met tevredenheid importeer BESTAND --schooljaar {1}",
        .satisfactionChartTitle: "Tevredenheid {1} (gemiddelde, 1–5)",
        .satisfactionAllSchoolTypes: "alle schooltypen",
        .satisfactionAllYears: "alle leerjaren",
        .satisfactionNoResultsAtAll:
            "er zijn nog geen tevredenheidsresultaten; voeg ze toe met tevredenheid importeer BESTAND",
        .satisfactionTrendChartTitle: "Tevredenheid per schooljaar (gemiddelde, 1–5)",
        .satisfactionMinimumSet: "groepen met minder dan {1} respondenten worden voortaan niet getoond",
        .satisfactionMinimumStored:
            "groepen met minder dan {1} respondenten worden niet getoond (door de school ingesteld)",
        .satisfactionMinimumStandard:
            "groepen met minder dan {1} respondenten worden niet getoond (de standaard; wijzig met tevredenheid minimum N)",
        .satisfactionMinimumTooSmall:
            "de minimale groepsgrootte is ten minste {1}, niet {2}: kleinere groepen komen te dicht bij de antwoorden van één leerling",
        .satisfactionUnknownComment: "er is geen opmerking met nummer {1} (zie tevredenheid opmerkingen)",
        .satisfactionCommentsShareable: "deelbaar: opmerking {1}",
        .satisfactionCommentsNotShareable: "niet deelbaar: opmerking {1}",
        .satisfactionReportNoData:
            "Er zijn voor {1} geen tevredenheidsresultaten. Voeg ze toe met: tevredenheid importeer BESTAND --schooljaar {1} (een eigen LOB-vragenlijst geeft tevredenheid sjabloon).",
        .satisfactionReportNoLOB:
            "Er zijn voor {1} alleen algemene tevredenheidsresultaten, geen over LOB. Meet LOB-tevredenheid met de vragenlijst van tevredenheid sjabloon en importeer de antwoorden met: tevredenheid importeer BESTAND --schooljaar {1}.",
        .satisfactionReportIntro:
            "De LOB-vragen in {1} tegenover {2}: het gemiddelde op een schaal van 1 (helemaal oneens) tot 5 (helemaal eens) en het aantal respondenten (n).",
        .satisfactionReportPerSchoolType: "Per schooltype, alle LOB-vragen samen, in {1}:",
        .satisfactionReportWithheld:
            "Groepen met minder dan {1} respondenten zijn niet getoond, zodat geen antwoord tot een leerling te herleiden is.",
        .satisfactionReportNoQuotes:
            "Er zijn voor {1} geen opmerkingen van leerlingen die als deelbaar zijn gemarkeerd. Bekijk ze met tevredenheid opmerkingen en markeer er een met: tevredenheid opmerking-deelbaar NUMMER.",
        .satisfactionReportQuotesIntro:
            "Opmerkingen uit de tevredenheidspeiling van {1} die de school als deelbaar heeft gemarkeerd (zonder namen):",
        .evaluationExportNeedsAudience: "zeg voor wie de export is: --voor netwerk of --voor expertisepunt",
        .evaluationExportUnreadable: "{1} is geen leesbare export (kapotte JSON): {2}",
        .evaluationExportWrongFormat: "{1} is geen export van evaluatie export (formaat '{2}', verwacht '{3}')",
        .evaluationExportNewerVersion:
            "{1} heeft versie {2} van het exportformaat, nieuwer dan deze lobsh kan lezen (versie {3}); werk lobsh bij",
        .evaluationExportUnknownVersion:
            "{1} heeft een onbekende versie '{2}' van het exportformaat (deze lobsh leest versie {3})",
        .evaluationExportBadField: "{1}: ongeldige waarde '{3}' voor '{2}'",
        .evaluationMergeMismatch: "{1} past niet bij {5}: {2} is '{3}', in {5} '{4}'",
        .evaluationSuppressed: "onderdrukt",
        .evaluationTotal: "totaal",
        .sqlEmpty: "geef een SQL-opdracht, zoals sql \"select count(*) as n from leerling\"",
        .sqlMultipleStatements: "sql voert één opdracht uit; haal de ; en wat erna komt weg",
        .sqlReadOnly: "sql is alleen-lezen: {1} is niet toegestaan (gebruik SELECT)",
        .sqlPrivateTable: "{1} bevat vertrouwelijke werkaantekeningen en is niet beschikbaar",
        .sqlError: "fout in de SQL: {1}",
        .participationShareableBoth: "geef --deelbaar of --niet-deelbaar, niet allebei",
        .participationShareableEmpty:
            "de deelname van {2} aan {1} heeft nog geen reflectie om te delen; vul eerst een veld in",
        .evaluationIndicatorHeld: "op {1} met {2}; gegevens: {3}",
        .evaluationIndicatorHeldMissing: "op {1} met {2}; gegevens: {3}; ontbreekt: {4}",
        .evaluationIndicatorPrevious: "dit schooljaar nog niet; vorige ({5}) op {1} met {2}; gegevens: {3}",
        .evaluationIndicatorPreviousMissing:
            "dit schooljaar nog niet; vorige ({5}) op {1} met {2}; gegevens: {3}; ontbrak: {4}",
        .evaluationDateInFuture: "de datum {1} ligt in de toekomst; leg een evaluatie vast als ze gehouden is",
        .evaluationDataFromDatabase: "gegevens uit de database voor {1}: {2} (geef --data om ze zelf te noemen)",
        .evaluationRegistered: "evaluatie van {1} vastgelegd: {2} met {3}; gegevens: {4}",
        .agendaSectionNoScan:
            "Voor {1} is nog geen scan van de kwaliteitsagenda gemaakt (agenda beoordeel NORM --status …).",
        .agendaSectionChartTitle: "Normen per status, {1}",
        .programmeNoActivities: "Voor {1} staan er geen activiteiten in de catalogus (activiteit nieuw …).",
        .programmeCoverageIntro: "{1} activiteiten, per leerjaar en loopbaancompetentie (0 ! is een gat):",
        .programmeNoParticipation: "Voor {1} zijn geen deelnames geregistreerd (deelname registreer …).",
        .programmeYearLabel: "leerjaar {1}",
        .programmeParticipationIntro:
            "Leerlingen met minstens één deelname (status deelgenomen) dit schooljaar, per leerjaar:",
        .programmeParticipationChart: "Leerlingen met minstens één deelname, {1}",
        .programmeNoObligations:
            "Er zijn geen regels voor de inspanningsverplichting vastgelegd (verplichting nieuw …).",
        .programmeNotBegun: "Schooljaar {1} is nog niet begonnen: er is nog niets te tellen.",
        .programmeObligationsIntro: "De inspanningsverplichting per schooltype en leerjaar, geteld tot en met {1}:",
        .conversationSectionNone: "Voor {1} zijn geen loopbaangesprekken vastgelegd (gesprek nieuw …).",
        .conversationSectionHeld: "{1} gesprekken met {2} leerlingen.",
        .conversationSectionChart: "Leerlingen met minstens één loopbaangesprek, {1}",
        .conversationSectionNoAgreements: "Er zijn in deze gesprekken geen afspraken gemaakt.",
        .conversationSectionAgreements: "Afspraken: {1}, waarvan {2} klaar en {3} open ({4} verlopen op {5}).",
        .quoteAttribution: "{1} leerjaar {2}, {3}",
        .quoteSectionNone:
            "Voor {1} zijn geen reflecties als deelbaar gemarkeerd (deelname reflectie CODE NUMMER --deelbaar).",
        .quoteSectionIntro: "Uit reflecties die de school als deelbaar markeerde, zonder namen:",
        .quoteSectionMore: "En nog {1} deelbare reflecties.",
        .evaluationSectionNone: "In {1} is nog geen evaluatie vastgelegd (evaluatie registreer --datum … --met mr).",
        .evaluationSectionHeld: "Evaluaties over {1}:",
        .evaluationSectionNoPreviousDecisions: "Voor {1} zijn geen besluiten vastgelegd.",
        .evaluationSectionPreviousDecisions: "Besluiten van de evaluatie over {1}:",
        .evaluationSectionItem: "{1} met {2}; gegevens: {3}.",
        .evaluationSectionDecisions: "Besluiten: {1}",
        .evaluationReportTitle: "Jaarevaluatie LOB {1}",
        .evaluationReportTitleSchool: "Jaarevaluatie LOB {1}: {2}",
        .evaluationReportIntro:
            "Dit is de jaarlijkse evaluatie van het LOB-beleid over schooljaar {1}, voor het bestuur en de medezeggenschapsraad. Norm K1 van de Kwaliteitsagenda LOB vraagt het bestuur het beleid elk jaar met de MR te evalueren, met kwantitatieve en kwalitatieve gegevens en ten minste de tevredenheid van leerlingen; doorstroom en studiesucces zijn daarbij de belangrijkste gegevens. Alles hieronder komt uit de eigen gegevens van de school, opgemaakt op {2}; een onderdeel zonder gegevens zegt dat.",
        .evaluationReportSectionEmpty: "Geen gegevens.",
        .evaluationSummaryAgenda: "Kwaliteitsagenda: {1}",
        .evaluationSummaryIndicators: "Indicatoren uit de gegevens: {1} van {2} in orde; aandacht voor: {3}",
        .evaluationSummarySections: "Onderdelen: {1}",
        .evaluationMinimumTooSmall: "--minimum moet minstens 1 zijn, niet {1}",
        .strayCloseBrace: "'}' sluit geen blok: er staat geen 'voor' of 'als' met '{' voor",
        .unexpectedOpenBrace: "'{' opent alleen een blok na 'voor … in (…)' of 'als …'",
        .blockNotClosed: "het blok van '{1}' wordt niet gesloten; sluit het met '}' op een eigen regel",
        .elseWithoutIf: "'{1}' hoort direct na de '}' van een 'als'-blok, op dezelfde regel: '} {1} {'",
        .loopNeedsVariable: "na '{1}' hoort de naam van de rij, zoals: {1} rij in (leerling lijst) { … }",
        .loopNeedsIn: "na '{1} {2}' hoort 'in', zoals: {1} {2} in (leerling lijst) { … }",
        .expectedParenthesisedPipeline: "hier hoort een pijplijn tussen haakjes, zoals (leerling lijst --klas H4A)",
        .parenthesisNotClosed: "haakje ( wordt niet gesloten met ) op dezelfde regel",
        .redirectionInParentheses: "een pijplijn tussen haakjes geeft een waarde en schrijft niet naar een bestand",
        .blockNeedsBrace: "na '{1} …' hoort '{' op dezelfde regel",
        .expectedLineEndAfterBlock: "na de '}' van een blok hoort een nieuwe regel (of '} anders {' na een 'als')",
        .keywordInPipeline: "'{1}' begint een blok en kan niet in een pijplijn staan",
        .conditionIncomplete:
            "een voorwaarde is waarde operator waarde, zoals '$weken > 4' of '(leerling lijst | aantal) = 0'",
        .conditionNeedsSingleValue: "deze pijplijn geeft een tabel; eindig hem met '| aantal' om de rijen te tellen",
        .loopNeedsTable: "'voor' loopt over de rijen van een tabel, maar deze pijplijn geeft geen tabel",
        .requireInBlock: "'vereis' kan niet in een blok staan; zet het bovenaan het script",
        .requireNotAtTop: "'vereis' hoort bovenaan het script, vóór alles behalve 'zet' en andere 'vereis'",
        .parameterMissing: "parameter '{1}' ontbreekt; gebruik: {2}",
        .scriptFailed: "{1}",
        .demoResetOnlyInDemo:
            "demo herstel werkt alleen op de demoschool (lobsh --demo); een echte database wordt nooit teruggezet",
        .demoResetInsideStatement:
            "demo herstel staat op zichzelf, niet in een pijplijn met commando's die de database gebruiken",
        .demoResetDone:
            "De demoschool is hersteld: alle gegevens zijn weer zoals bij de start. Variabelen en instellingen (zoals $vandaag en het thema) blijven staan.",
        .tourWelcome:
            "Rondleiding door lobsh op de demoschool Het Zuiderlicht College, in {1} stappen. Niets wat je hier doet raakt echte gegevens.",
        .tourStepHeading:
            "Stap {1} van {2}: {3}",
        .tourKeys:
            "Enter voert de opdracht uit; typ hem zelf of probeer iets anders. 'volgende' slaat over, 'terug' gaat terug, 'stop' (of Ctrl-D) verlaat de rondleiding.",
        .tourPrompt:
            "rondleiding {1}/{2}> ",
        .tourRepeat:
            "Nog steeds stap {1} van {2}. De opdracht: {3}   (Enter voert hem uit)",
        .tourLeft:
            "Je verlaat de rondleiding bij stap {1}. Typ 'rondleiding' om daar verder te gaan, 'rondleiding opnieuw' om opnieuw te beginnen.",
        .tourFinished:
            "Dat was de rondleiding! Speel verder op de demoschool: 'help' toont alles, 'demo herstel' zet de school terug, 'rondleiding' begint opnieuw.",
        .tourNeedsDemo:
            "de rondleiding loopt op de demoschool, niet op een echte database: start lobsh --demo --rondleiding",
        .tourListIntro:
            "Rondleiding in {1} stappen; start lobsh --demo --rondleiding om ze een voor een te doen:",
        .tourStepOutOfRange:
            "de rondleiding heeft de stappen 1 tot en met {1}, niet {2}",
        .lobshTourNeedsInput:
            "--rondleiding leest de antwoorden van de terminal of van stdin: niet samen met -c of een script",
        .lobshTourNeedsDemo:
            "--rondleiding loopt op de demoschool: geef ook --demo",
        .lobshTempoRange:
            "--tempo is een aantal milliseconden van 0 tot en met 60000, niet '{1}'",
        .transitionNoInstitutionResults:
            "er zijn geen eerstejaarsresultaten van instellingen; een netwerkmodule leest ze in (zie modules)",
        .unknownRecipe:
            "onbekend recept '{1}'; 'recepten' toont de recepten die lobsh vindt",
        .unknownRecipeSuggest:
            "onbekend recept '{1}' (bedoelde je '{2}'?)",
        .setNeedsSingleValue:
            "zet {1} neemt één waarde uit de pijplijn, maar kreeg een tabel; eindig de pijplijn met '| aantal' of een enkele waarde",
        .dateNeedsAmountAndUnit:
            "na '{1}' komen een aantal en een eenheid, zoals: datum $vandaag min 6 weken",
        .dateAmountRange:
            "het aantal is 0 tot en met 100000, niet '{1}'",
        .studentLeaveDateOrUndo:
            "--datum en --ongedaan gaan niet samen: geef één van beide",
        .studentLeaveUndone:
            "{1} {2} is niet vertrokken: de datum van vertrek is gewist",
        .studentLeft:
            "{1} {2} vertrok op {3}; privacy opschonen telt de bewaartermijn vanaf die dag",
        .sqlForbiddenFunction:
            "sql is alleen-lezen: de functie {1} is niet toegestaan",
        .privacyRetentionRange:
            "de bewaartermijn is 1 tot en met 100 jaar, niet {1}",
        .privacyRetentionSet:
            "de bewaartermijn is nu {1} jaar na vertrek: privacy opschonen verwijdert de gegevens van wie vóór {2} vertrok",
        .privacyRetentionStandard:
            "de bewaartermijn is {1} jaar na vertrek (standaard): privacy opschonen verwijdert de gegevens van wie vóór {2} vertrok",
        .privacyRetentionStored:
            "de bewaartermijn is {1} jaar na vertrek (ingesteld door de school): privacy opschonen verwijdert de gegevens van wie vóór {2} vertrok",
        .privacyDryOrExecute:
            "--droog en --uitvoeren gaan niet samen: geef één van beide",
        .privacyPurgeNothing:
            "niets op te schonen: de database bewaart geen gegevens van leerlingen die langer dan {1} jaar geleden (vóór {2}) vertrokken",
        .privacyPurgeDry:
            "droog: er is niets verwijderd; met --uitvoeren gaan {1} rijen van {2} leerlingen weg die langer dan {3} jaar geleden (vóór {4}) vertrokken",
        .privacyPurgeDone:
            "{1} rijen van {2} leerlingen verwijderd of geanonimiseerd; vastgelegd in privacy log",
        .privacyDisclosureTitle:
            "Inzage: wat de school bewaart over {1}",
        .privacyDisclosureIntro:
            "Alles wat de database van de school bewaart over leerling {1} en wat de leerling (vanaf 16 jaar ook de ouders) mag inzien, opgemaakt op {2}.",
        .privacyDisclosureRoster:
            "Leerlinggegevens",
        .privacyDisclosureNotOnRoster:
            "Niet (meer) in het leerlingbestand.",
        .privacyDisclosureCareerDocument:
            "Loopbaandossier",
        .privacyDisclosureAlumni:
            "Doorstroom na het diploma",
        .privacyDisclosureOtherTables:
            "Andere gegevens",
        .privacyDisclosureOtherTablesIntro:
            "Rijen uit andere tabellen die naar de leerling verwijzen, zoals die van netwerkmodules en eerdere versies van gespreksverslagen.",
        .privacyDisclosureCounts:
            "Aantal rijen per tabel",
        .privacyDisclosurePrivateNotes:
            "Niet in dit document: de vertrouwelijke werkaantekeningen van mentoren bij gesprekken; die horen niet bij het dossier en verlaten de database niet.",
        .privacyDeleteDry:
            "er is niets verwijderd: geef --bevestig {1} om deze {2} rijen van leerling {1} te verwijderen",
        .privacyDeleteMismatch:
            "--bevestig {1} is niet het leerlingnummer {2}: er is niets verwijderd",
        .privacyDeleted:
            "leerling {1}: {2} rijen verwijderd of geanonimiseerd; vastgelegd in privacy log",
        .databaseNewerSchema:
            "de database '{1}' is bijgewerkt door een nieuwere lobsh (migratie '{2}' is hier onbekend); lobsh heeft er niets aan veranderd: open hem met die nieuwere lobsh",
        .backupFailed:
            "kan geen backup maken in '{1}': {2}",
        .backupDiskFull:
            "kan geen backup maken in '{1}': de schijf is vol; de halve kopie is weggehaald",
        .backupDamaged:
            "de backup '{1}' is niet in orde ({2}) en is weggehaald; de database zelf is niet veranderd",
        .backupIsDatabase:
            "'{1}' is de database zelf; kies een ander bestand voor de backup",
        .backupExists:
            "'{1}' bestaat al; kies een andere naam, of vervang het met --overschrijf",
        .backupMade:
            "backup gemaakt in {1} ({2} pagina's), gecontroleerd: in orde; terugzetten met: lobsh --db {1}",
        .databaseSound:
            "de database is in orde (integrity_check: ok)",
        .databaseDamaged:
            "de database is beschadigd: {1} problemen; zet een backup terug met lobsh --db BESTAND",
        .databaseDamageDetail:
            "  {1}",
        .backupAgeIs:
            "lobsh herinnert aan een backup als de laatste ouder is dan {1} dagen (0: nooit)",
        .backupAgeRange:
            "het aantal dagen is 0 tot en met 365, niet '{1}'",
        .backupReminderNever:
            "let op: van deze database is nog nooit een backup gemaakt; maak er een met: database backup BESTAND",
        .backupReminderOld:
            "let op: de laatste backup is van {1}, {2} dagen geleden; maak een nieuwe met: database backup BESTAND",
        .busyTimeoutInvalid:
            "LOBSH_BUSY_TIMEOUT verwacht een aantal seconden zoals 10 of 0.5, niet '{1}'",
        .backupNeedsOwnStatement:
            "database backup moet een opdracht op zichzelf zijn, niet in een pijplijn, lus of script dat de database al gebruikt",
        .fileIsBinary:
            "{1} is geen tekstbestand: er staat een NUL-byte op regel {2}; kies het CSV-bestand zelf (een binair bestand, zoals .xlsx, kan lobsh niet lezen)",
        .importDuplicateHeader:
            "{1}: de kop '{2}' staat twee keer in de kopregel (kolom {3} en {4}); hernoem of verwijder er een",
        .nestingTooDeep:
            "blokken { } zijn hier dieper genest dan {1}; lobsh kan niet dieper",
        .scriptIsBinary:
            "{1} is geen script: er staat een NUL-byte op regel {2}",
        .databaseFileReadOnly:
            "kan de database '{1}' niet openen: het bestand of de map ervan is alleen-lezen, en lobsh moet er ook om te lezen naast kunnen schrijven; zet de rechten goed, of kopieer de database naar een map van jezelf",
        .generateStudentsRequired:
            "geef het aantal leerlingen met --leerlingen, bijvoorbeeld: demo genereer --leerlingen 1500 --db school.sqlite",
        .generateDatabaseRequired:
            "geef het nieuwe databasebestand met --db, bijvoorbeeld: demo genereer --leerlingen 1500 --db school.sqlite",
        .generateOutOfRange:
            "{1} is {2} tot en met {3}",
        .generateDatabaseExists:
            "'{1}' bestaat al; demo genereer maakt alleen een nieuw bestand en overschrijft niets",
        .generateProgress:
            "genereren: {1}% ({2} van {3} leerlingen)",
        .generateDone:
            "{1}: {2} vestigingen, {3} leerlingen, {4} activiteiten, {5} deelnames, {6} gesprekken, {7} oud-leerlingen",
        .moduleImportMissingColumns: "{1} mist de kolom(men) {2}; gevonden koppen: {3}",
        .moduleImportRefused: "{1}: {2} foute regel(s); er is niets ingelezen",
        .badRowColumnDetail: "{1}:{2}: kolom {3}: {4}",
    ]
}
