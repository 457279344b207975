import Foundation
import LOBKit

/// The module's messages in Dutch and English, with `{1}`, `{2}`… placeholders (`Message(template, …)`).
enum VoHoText {
    // Students and flags.
    static let unknownStudent = Localized(
        nl: "er is geen leerling met nummer {1}", en: "there is no student with number {1}")
    static let notFinalYear = Localized(
        nl: "{1} {2} zit in {3} leerjaar {4}: de studiekeuzecheck gaat over havo 5 en vwo 6",
        en: "{1} {2} is in {3} year {4}: the study choice check is about havo 5 and vwo 6")
    static let unknownClass = Localized(
        nl: "geen examenklas havo/vwo '{1}' (de examenklassen: {2})",
        en: "no final-year havo/vwo class '{1}' (the classes: {2})")
    static let flagNeededFirstTime = Localized(
        nl: "{1} is nodig: {2} heeft nog geen aanmelding", en: "{1} is needed: {2} has no registration yet")
    static let dateInFuture = Localized(nl: "{1} {2} ligt na vandaag ({3})", en: "{1} {2} is after today ({3})")
    static let adviceDateWithoutAdvice = Localized(
        nl: "--advies-datum hoort bij een advies: geef ook --advies",
        en: "--advies-datum goes with an advice: give --advies too")
    static let checkBeforeRegistration = Localized(
        nl: "de check ({1}) ligt voor de aanmelding ({2})", en: "the check ({1}) is before the registration ({2})")
    static let adviceBeforeCheck = Localized(
        nl: "het advies ({1}) ligt voor de check ({2})", en: "the advice ({1}) is before the check ({2})")
    static let negativeDays = Localized(
        nl: "--dagen kan niet negatief zijn: {1}", en: "--dagen cannot be negative: {1}")
    static let noDeadline = Localized(nl: "geen 1 mei in schooljaar {1}", en: "no 1 May in school year {1}")

    // Registration.
    static let registered = Localized(
        nl: "{1}: {2} bij {3}, aangemeld op {4}", en: "{1}: {2} at {3}, registered on {4}")
    static let checkDone = Localized(nl: "studiekeuzecheck op {1}", en: "study choice check on {1}")
    static let adviceGiven = Localized(nl: "advies {1} ({2})", en: "advice {1} ({2})")
    static let registeredLate = Localized(
        nl: "let op: {1} is aangemeld op {2}, na {3}: zonder recht op een studiekeuzecheck",
        en: "note: {1} registered on {2}, after {3}: without the right to a study choice check")
    static let registeredEarlierYear = Localized(
        nl: "let op: {1} is aangemeld op {2}, in een eerder schooljaar: voor {3} telt die aanmelding niet",
        en: "note: {1} registered on {2}, in an earlier school year: that registration does not count for {3}")
    static let newRegistrationClearsCheck = Localized(
        nl: "een nieuwe aanmelding: de check en het advies voor {1} ({2}) gelden hier niet meer",
        en: "a new registration: the check and advice for {1} ({2}) no longer apply")

    // Risk.
    static let riskSummaryBefore = Localized(
        nl: "nog {1} dagen tot {2} (recht op studiekeuzecheck): {3} van de {4} examenleerlingen havo/vwo lopen risico",
        en:
            "{1} days left until {2} (right to a study choice check): {3} of the {4} final-year havo/vwo students are at risk"
    )
    static let riskSummaryAfter = Localized(
        nl: "{1} is {2} dagen voorbij: {3} van de {4} examenleerlingen havo/vwo zijn te laat of niet aangemeld",
        en: "{1} passed {2} days ago: {3} of the {4} final-year havo/vwo students registered late or not at all")
    static let reasonNotRegistered = Localized(
        nl: "nog niet aangemeld voor een bacheloropleiding", en: "not registered for a bachelor programme yet")
    static let reasonLate = Localized(
        nl: "aangemeld na 1 mei: geen recht op een studiekeuzecheck",
        en: "registered after 1 May: no right to a study choice check")
    static let reasonMissed = Localized(
        nl:
            "niet uiterlijk 1 mei aangemeld: geen recht op een studiekeuzecheck (aanmelden kan vaak nog tot 1 september)",
        en:
            "not registered by 1 May: no right to a study choice check (registering is often possible until 1 September)"
    )
    static let reasonEarlierYear = Localized(
        nl: "aanmelding uit een eerder schooljaar: opnieuw aanmelden",
        en: "registration from an earlier school year: register again")

    // Follow-up.
    static let followUpSummary = Localized(
        nl: "{1} van de {2} leerlingen met advies twijfel of negatief hadden nog geen gesprek na het advies",
        en: "{1} of the {2} students with advice doubt or negative have had no conversation since the advice")
    static let noAdvice = Localized(
        nl: "{1} heeft nog geen advies van een studiekeuzecheck (leg het vast met hoger registreer)",
        en: "{1} has no study choice check advice yet (record it with hoger registreer)")
    static let debriefBeforeAdvice = Localized(
        nl: "het gesprek ({1}) ligt voor het advies ({2}): dan is het geen nagesprek",
        en: "the conversation ({1}) is before the advice ({2}): then it is no follow-up")
    static let debriefOpening = Localized(
        nl: "Nagesprek studiekeuzecheck (advies {1} voor {2} bij {3}).",
        en: "Follow-up of the study choice check (advice {1} for {2} at {3}).")
    static let dueWithoutAgreement = Localized(
        nl: "--voor hoort bij een afspraak: geef ook --afspraak",
        en: "--voor goes with an agreed action: give --afspraak too")

    // Import files.
    static let rowEmpty = Localized(nl: "leeg", en: "empty")
    static let rowBadDate = Localized(
        nl: "'{1}' is geen datum (2027-02-14 of 14-2-2027)", en: "'{1}' is not a date (2027-02-14 or 14-2-2027)")
    static let rowUnknownKind = Localized(
        nl: "onbekende soort '{1}' (bekend: {2})", en: "unknown kind '{1}' (known: {2})")
    static let rowUnknownValue = Localized(nl: "'{1}' is niet een van: {2}", en: "'{1}' is not one of: {2}")
    static let rowSameActivity = Localized(
        nl: "dezelfde instelling, soort, datum, opleiding en plaats als regel {1}",
        en: "the same institution, kind, date, programme and place as line {1}")
    static let rowSameResult = Localized(
        nl: "hetzelfde cohort, dezelfde instelling, vooropleiding en sector als regel {1}",
        en: "the same cohort, institution, prior education and sector as line {1}")
    static let rowBadCohort = Localized(
        nl: "'{1}' is geen cohort (het examenjaar, uiterlijk {2})",
        en: "'{1}' is not a cohort (the exam year, {2} at the latest)")
    static let rowBadCount = Localized(
        nl: "'{1}' is geen aantal (een heel getal vanaf 0, of <5)",
        en: "'{1}' is not a count (a whole number from 0, or <5)")
    static let rowMoreThanStarted = Localized(
        nl: "doorgegaan, geswitcht en uitgevallen zijn samen {1}, meer dan de {2} die gestart zijn",
        en: "continued, switched and dropped out add up to {1}, more than the {2} who started")
    static let rowBSAMoreThanStarted = Localized(
        nl: "{1} met een positief BSA, meer dan de {2} die gestart zijn",
        en: "{1} with a positive BSA, more than the {2} who started")
    static let importNeedsInstitution = Localized(
        nl: "{1} heeft geen kolom instelling: geef de instelling met --instelling",
        en: "{1} has no instelling column: give the institution with --instelling")
    static let importDone = Localized(
        nl: "{1} regels met eerstejaarsresultaten ingelezen uit {2} (cohort {3}); {4} eerdere regels vervangen",
        en: "{1} lines of first-year results read from {2} (cohort {3}); {4} earlier lines replaced")

    // Activities.
    static let activityAdded = Localized(nl: "nieuw", en: "new")
    static let activityUpdated = Localized(nl: "bijgewerkt", en: "updated")
    static let activityUnchanged = Localized(nl: "ongewijzigd", en: "unchanged")

    // Results.
    static let noResults = Localized(
        nl: "er zijn nog geen eerstejaarsresultaten; lees ze in met hoger importeer BESTAND",
        en: "there are no first-year results yet; import them with hoger importeer BESTAND")
    static let noResultsOfCohort = Localized(
        nl: "er zijn geen eerstejaarsresultaten van cohort {1}; wel van: {2}",
        en: "there are no first-year results of cohort {1}; there are of: {2}")

    // Indicator and report.
    static let indicatorValue = Localized(
        nl: "{1} van {2} aangemeld uiterlijk {4} ({3}%)", en: "{1} of {2} registered by {4} ({3}%)")
    static let reportSummary = Localized(
        nl:
            "Van de {1} examenleerlingen havo/vwo zijn er {2} uiterlijk {3} aangemeld voor een bacheloropleiding ({4}%). {5} deden de studiekeuzecheck; het advies was {6} keer positief, {7} keer twijfel en {8} keer negatief. Van de {9} leerlingen met twijfel of negatief hadden er {10} een gesprek na het advies.",
        en:
            "Of the {1} final-year havo/vwo students, {2} registered for a bachelor programme by {3} ({4}%). {5} did the study choice check; the advice was positive {6} times, doubt {7} times and negative {8} times. Of the {9} students with doubt or negative, {10} had a conversation after the advice."
    )
    static let reportNoRegistrations = Localized(
        nl: "Er zijn nog geen aanmeldingen voor het hoger onderwijs vastgelegd; leg ze vast met hoger registreer.",
        en: "No registrations for higher education have been recorded yet; record them with hoger registreer.")
    static let reportNoResults = Localized(
        nl: "Er zijn nog geen eerstejaarsresultaten van hogescholen en universiteiten; lees ze in met hoger importeer.",
        en: "There are no first-year results from universities yet; import them with hoger importeer.")
    static let reportResults = Localized(
        nl:
            "Eerstejaarsresultaten van oud-leerlingen, cohort {1}, zoals de hogescholen en universiteiten ze terugstuurden. Kleine aantallen (1 tot 4), en wat ze zou verraden, staan als *.",
        en:
            "First-year results of alumni, cohort {1}, as the universities sent them back. Small counts (1 to 4), and what would give them away, are shown as *."
    )

    /// A template filled in, as `Message` does, for text assembled from several templates.
    static func fill(_ template: Localized, _ arguments: [String], _ language: UILanguage) -> String {
        var text = template.text(language)
        for (index, argument) in arguments.enumerated().reversed() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return text
    }

    /// `1042 Noor Bakker: Pabo bij Hogeschool Zuid, aangemeld op 2026-11-20; studiekeuzecheck op …; advies twijfel (…)`.
    static func describe(_ label: String, _ registration: Registration, _ language: UILanguage) -> String {
        var parts = [
            fill(
                registered,
                [label, registration.programme, registration.institution, registration.date.description], language)
        ]
        if let check = registration.checkDate { parts.append(fill(checkDone, [check.description], language)) }
        if let advice = registration.advice, let date = registration.adviceDate {
            parts.append(fill(adviceGiven, [advice.rawValue, date.description], language))
        }
        return parts.joined(separator: "; ")
    }
}
