import Foundation
import LOBKit

/// The module's messages in Dutch and English, with `{1}`, `{2}`… placeholders (`Message(template, …)`).
enum HandoverText {
    // Students and flags.
    static let unknownStudent = Localized(
        nl: "er is geen leerling met nummer {1}", en: "there is no student with number {1}")
    static let notFinalYearVmbo = Localized(
        nl: "{1} {2} zit in {3} leerjaar {4}: de overdracht gaat over vmbo leerjaar 4",
        en: "{1} {2} is in {3} year {4}: the handover is about vmbo year 4")
    static let unknownClass = Localized(
        nl: "geen examenklas vmbo '{1}' (de examenklassen: {2})",
        en: "no final-year vmbo class '{1}' (the classes: {2})")
    static let flagNeededFirstTime = Localized(
        nl: "{1} is nodig: {2} heeft nog geen beoogde opleiding", en: "{1} is needed: {2} has no intended programme yet"
    )
    static let dateWithoutApplication = Localized(
        nl: "--datum is de aanmelddatum en past niet bij status niet-aangemeld",
        en: "--datum is the application date and does not go with status niet-aangemeld")
    static let dateInFuture = Localized(
        nl: "{1} {2} ligt na vandaag ({3})", en: "{1} {2} is after today ({3})")
    static let negativeDays = Localized(
        nl: "--dagen kan niet negatief zijn: {1}", en: "--dagen cannot be negative: {1}")
    static let noDeadline = Localized(nl: "geen 1 april in schooljaar {1}", en: "no 1 April in school year {1}")

    // Registration.
    static let registered = Localized(nl: "{1}: {2} bij {3}, {4}", en: "{1}: {2} at {3}, {4}")
    static let statusOnDate = Localized(nl: "{1} op {2}", en: "{1} on {2}")
    static let level = Localized(nl: "{1} (niveau {2})", en: "{1} (level {2})")
    static let appliedLate = Localized(
        nl: "let op: {1} is aangemeld op {2}, na {3}: zonder toelatingsrecht",
        en: "note: {1} applied on {2}, after {3}: without the right to admission")
    static let appliedEarlierYear = Localized(
        nl: "let op: {1} is aangemeld op {2}, in een eerder schooljaar: voor {3} telt die aanmelding niet",
        en: "note: {1} applied on {2}, in an earlier school year: that application does not count for {3}")

    // Risk.
    static let riskSummaryBefore = Localized(
        nl: "nog {1} dagen tot {2} (toelatingsrecht mbo): {3} van de {4} examenleerlingen vmbo lopen risico",
        en: "{1} days left until {2} (right to mbo admission): {3} of the {4} final-year vmbo students are at risk")
    static let riskSummaryAfter = Localized(
        nl: "{1} is {2} dagen voorbij: {3} van de {4} examenleerlingen vmbo zijn te laat, niet aangemeld of afgewezen",
        en:
            "{1} passed {2} days ago: {3} of the {4} final-year vmbo students applied late, not at all, or were rejected"
    )
    static let reasonRejected = Localized(
        nl: "afgewezen: kies samen een andere opleiding en meld opnieuw aan",
        en: "rejected: choose another programme together and apply again")
    static let reasonLate = Localized(
        nl: "aangemeld na 1 april: geen toelatingsrecht", en: "applied after 1 April: no right to admission")
    static let reasonEarlierYear = Localized(
        nl: "aanmelding uit een eerder schooljaar: opnieuw aanmelden",
        en: "application from an earlier school year: apply again")
    static let reasonMissed = Localized(
        nl: "niet uiterlijk 1 april aangemeld: geen toelatingsrecht meer",
        en: "did not apply by 1 April: no right to admission any more")
    static let reasonNoChoice = Localized(nl: "nog geen opleiding gekozen", en: "no programme chosen yet")
    static let reasonNotApplied = Localized(
        nl: "opleiding gekozen, nog niet aangemeld", en: "programme chosen, not applied yet")

    // Import files.
    static let rowEmpty = Localized(nl: "leeg", en: "empty")
    static let rowUnknownStudent = Localized(nl: "onbekend leerlingnummer {1}", en: "unknown student number {1}")
    static let rowNotFinalYear = Localized(
        nl: "{1} {2} zit niet in vmbo leerjaar 4 maar in {3} leerjaar {4}",
        en: "{1} {2} is not in vmbo year 4 but in {3} year {4}")
    static let rowUnknownStatus = Localized(
        nl: "onbekende status '{1}' (bekend: {2})", en: "unknown status '{1}' (known: {2})")
    static let rowBadDate = Localized(
        nl: "'{1}' is geen datum (2027-02-14 of 14-2-2027)", en: "'{1}' is not a date (2027-02-14 or 14-2-2027)")
    static let rowFutureDate = Localized(nl: "{1} ligt na vandaag ({2})", en: "{1} is after today ({2})")
    static let rowDateNeeded = Localized(
        nl: "leeg, maar status {1} vraagt een aanmelddatum", en: "empty, but status {1} needs an application date")
    static let rowBadLevel = Localized(nl: "niveau '{1}' is niet 1 tot en met 4", en: "level '{1}' is not 1 to 4")
    static let rowDuplicate = Localized(
        nl: "leerlingnummer {1} staat ook op regel {2}", en: "student number {1} is on line {2} as well")
    static let rowSameOpenDay = Localized(
        nl: "dezelfde instelling, datum en locatie als regel {1}",
        en: "the same institution, date and location as line {1}")
    static let importNeedsInstitution = Localized(
        nl: "{1} heeft geen kolom instelling: geef de instelling met --instelling",
        en: "{1} has no instelling column: give the institution with --instelling")
    static let importDone = Localized(
        nl: "{1} aanmeldingen ingelezen uit {2}: {3} nieuw, {4} bijgewerkt",
        en: "{1} applications read from {2}: {3} new, {4} updated")

    // Consent.
    static let consentNeedsGiver = Localized(
        nl: "--door is nodig: leerling of ouder", en: "--door is needed: leerling or ouder")
    static let consentNothingToWithdraw = Localized(
        nl: "{1} heeft geen toestemming die ingetrokken kan worden", en: "{1} has no consent that can be withdrawn")
    static let consentOlderThanLatest = Localized(
        nl: "{1} ligt voor de laatste toestemming van {2} ({3})", en: "{1} is before {2}'s latest consent ({3})")
    static let consentRecorded = Localized(
        nl: "toestemming voor het doorstroomdossier vastgelegd: {1}, door {2} op {3}",
        en: "consent for the transfer dossier recorded: {1}, by {2} on {3}")
    static let consentWithdrawn = Localized(
        nl: "toestemming ingetrokken: {1}, door {2} op {3}; het dossier wordt niet meer geëxporteerd",
        en: "consent withdrawn: {1}, by {2} on {3}; the dossier is no longer exported")

    // Export.
    static let exportNeedsInstitution = Localized(
        nl: "--instelling is nodig: het dossier is per ontvangende mbo-instelling",
        en: "--instelling is needed: the dossier is per receiving mbo institution")
    static let exportNobody = Localized(
        nl: "niemand is aangemeld of geplaatst bij '{1}' (instellingen met aanmeldingen: {2})",
        en: "nobody applied to or was placed at '{1}' (institutions with applications: {2})")
    static let exportWithheld = Localized(
        nl: "{1} leerlingen zonder toestemming niet geëxporteerd: {2}",
        en: "{1} students without consent not exported: {2}")
    static let exportWithheldOne = Localized(
        nl: "1 leerling zonder toestemming niet geëxporteerd: {2}", en: "1 student without consent not exported: {2}")
    static let exportJSONFailed = Localized(
        nl: "het doorstroomdossier voor {1} kan niet als JSON worden gemaakt",
        en: "the transfer dossier for {1} cannot be made as JSON")
    static let dossierTitle = Localized(nl: "Doorstroomdossier {1}", en: "Transfer dossier {1}")
    static let dossierIntro = Localized(
        nl: "Opgemaakt op {2} voor {1}: {3} leerling(en) die toestemming gaven om dit dossier te delen.",
        en: "Made on {2} for {1}: {3} student(s) who consented to sharing this dossier.")
    static let dossierProfile = Localized(nl: "Profiel: {1}", en: "Profile: {1}")
    static let dossierProgramme = Localized(nl: "Opleiding: {1}", en: "Programme: {1}")
    static let dossierStatus = Localized(nl: "Status: {1} (aanmelddatum {2})", en: "Status: {1} (application date {2})")
    static let dossierConsent = Localized(nl: "Toestemming: {1}, {2}", en: "Consent: {1}, {2}")
    static let dossierMentor = Localized(nl: "Mentor: {1}", en: "Mentor: {1}")
    static let dossierNoActivities = Localized(
        nl: "Geen LOB-activiteiten vastgelegd.", en: "No LOB activities recorded.")
    static let dossierConversation = Localized(nl: "Gesprek {1} ({2})", en: "Conversation {1} ({2})")

    // Open days.
    static let openDayAdded = Localized(nl: "nieuw", en: "new")
    static let openDayUpdated = Localized(nl: "bijgewerkt", en: "updated")
    static let openDayUnchanged = Localized(nl: "ongewijzigd", en: "unchanged")

    // Indicator and report.
    static let indicatorValue = Localized(
        nl: "{1} van {2} aangemeld uiterlijk {4} ({3}%)", en: "{1} of {2} applied by {4} ({3}%)")
    static let reportNoData = Localized(
        nl:
            "Er zijn nog geen aanmeldingen bij het mbo vastgelegd; leg ze vast met overdracht registreer of overdracht importeer.",
        en:
            "No mbo applications have been recorded yet; record them with overdracht registreer or overdracht importeer."
    )
    static let reportSummary = Localized(
        nl:
            "Van de {1} examenleerlingen vmbo zijn er {2} uiterlijk {3} aangemeld bij het mbo ({4}%). {5} gaven toestemming om hun doorstroomdossier te delen.",
        en:
            "Of the {1} final-year vmbo students, {2} applied to mbo by {3} ({4}%). {5} consented to sharing their transfer dossier."
    )

    /// A template filled in, as `Message` does, for text assembled from several templates.
    static func fill(_ template: Localized, _ arguments: [String], _ language: UILanguage) -> String {
        var text = template.text(language)
        for (index, argument) in arguments.enumerated().reversed() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
        }
        return text
    }

    /// `Verzorgende-IG (niveau 3)`, or the programme alone without a level.
    static func programmeWithLevel(_ application: Application, _ language: UILanguage) -> String {
        application.level.map { fill(level, [application.programme, String($0)], language) } ?? application.programme
    }

    /// `1042 Noor Bakker: Verzorgende-IG (niveau 3) bij ROC Zuid, aangemeld op 2026-11-20`.
    static func describe(_ label: String, _ application: Application, _ language: UILanguage) -> String {
        let status =
            application.date.map {
                fill(statusOnDate, [application.status.rawValue, $0.description], language)
            } ?? application.status.rawValue
        return fill(
            registered, [label, programmeWithLevel(application, language), application.institution, status], language)
    }
}
