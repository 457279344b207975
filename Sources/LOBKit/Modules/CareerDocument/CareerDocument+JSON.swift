import Foundation

extension CareerDocument {
    /// The document as JSON in the `lobsh-loopbaandossier` schema, version 1, for another school's system.
    ///
    /// Keys are Dutch and sorted; dates are `YYYY-MM-DD`; a text that was not filled in is `""`, a date that
    /// was not given `null`. The shared parts only: a conversation's private working note is never in it.
    ///
    /// ```
    /// {
    ///   "schema": "lobsh-loopbaandossier",   always this string
    ///   "versie": 1,                          raised when a field changes meaning or is removed
    ///   "opgemaakt": "2026-11-29",
    ///   "school": "Het Zuiderlicht College",
    ///   "leerling": { "leerlingnummer", "roepnaam", "tussenvoegsel", "achternaam", "klas", "schooltype",
    ///                 "leerjaar", "profiel" },
    ///   "activiteiten": [ { "datum", "code", "naam", "soort",
    ///                       "reflectie": { "beoogde-doelen", "resultaten", "evaluatie", "vervolgactiviteiten" } } ],
    ///   "gesprekken": [ { "datum", "soort", "deelnemers": [ { "rol", "naam" } ], "onderwerpen": [ … ],
    ///                     "competenties": [ … ], "verslag",
    ///                     "afspraken": [ { "wat", "door", "voor", "klaar" } ] } ],
    ///   "items": [ { "datum", "soort", "omschrijving", "bewijs" } ],
    ///   "inspanningsverplichting": null, or { "schooljaar", "peildatum", "voldaan",
    ///                                         "regels": [ { "regel", "gedaan": [ codes ], "open" } ] }
    /// }
    /// ```
    ///
    /// `docs/loopbaandossier-schema.md` describes every field.
    func json() throws(LOBError) -> String {
        let file = CareerDocumentFile(self)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(file), as: UTF8.self) + "\n"
        } catch {
            throw LOBError(.failed, Message(.dossierJSONFailed, student.number), cause: error.localizedDescription)
        }
    }
}

/// The JSON form of a career document; see `CareerDocument.json()`.
struct CareerDocumentFile: Encodable {
    static let schema = "lobsh-loopbaandossier"
    static let version = 1

    struct StudentPart: Encodable {
        var leerlingnummer, roepnaam, tussenvoegsel, achternaam, klas, schooltype, profiel: String
        var leerjaar: Int
    }

    struct Reflection: Encodable {
        var intendedGoals, results, evaluation, followUp: String

        enum CodingKeys: String, CodingKey {
            case intendedGoals = "beoogde-doelen"
            case results = "resultaten"
            case evaluation = "evaluatie"
            case followUp = "vervolgactiviteiten"
        }
    }

    struct ActivityPart: Encodable {
        var datum, code, naam, soort: String
        var reflectie: Reflection
    }

    struct Participant: Encodable {
        var rol, naam: String
    }

    struct AgreementPart: Encodable {
        var wat, door: String
        var voor, klaar: String?

        func encode(to encoder: any Encoder) throws {
            // Explicit nulls: a reader sees that there is no date rather than guessing why the key is missing.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(wat, forKey: .wat)
            try container.encode(door, forKey: .door)
            try container.encode(voor, forKey: .voor)
            try container.encode(klaar, forKey: .klaar)
        }

        enum CodingKeys: String, CodingKey {
            case wat, door, voor, klaar
        }
    }

    struct ConversationPart: Encodable {
        var datum, soort, verslag: String
        var deelnemers: [Participant]
        var onderwerpen, competenties: [String]
        var afspraken: [AgreementPart]
    }

    struct ItemPart: Encodable {
        var datum, soort, omschrijving, bewijs: String
    }

    struct RulePart: Encodable {
        var regel: String
        var gedaan: [String]
        var open: Int
    }

    struct ObligationPart: Encodable {
        var schooljaar, peildatum: String
        var voldaan: Bool
        var regels: [RulePart]
    }

    var schema = CareerDocumentFile.schema
    var versie = CareerDocumentFile.version
    var opgemaakt: String
    var school: String
    var leerling: StudentPart
    var activiteiten: [ActivityPart]
    var gesprekken: [ConversationPart]
    var items: [ItemPart]
    var inspanningsverplichting: ObligationPart?

    init(_ document: CareerDocument) {
        let student = document.student
        opgemaakt = document.madeOn.description
        school = document.schoolName
        leerling = StudentPart(
            leerlingnummer: student.number, roepnaam: student.givenName, tussenvoegsel: student.infix,
            achternaam: student.surname, klas: student.className, schooltype: student.schoolType.rawValue,
            profiel: student.profile, leerjaar: student.year)
        activiteiten = document.participations.map { participation in
            let activity = document.activity(participation.activityCode)
            return ActivityPart(
                datum: participation.date.description, code: participation.activityCode, naam: activity?.name ?? "",
                soort: activity?.kind.rawValue ?? "",
                reflectie: Reflection(
                    intendedGoals: participation.intendedGoals, results: participation.results,
                    evaluation: participation.evaluation, followUp: participation.followUp))
        }
        gesprekken = document.conversations.map { conversation in
            ConversationPart(
                datum: conversation.date.description, soort: conversation.kind.rawValue, verslag: conversation.report,
                deelnemers: conversation.participants.map { Participant(rol: $0.role.rawValue, naam: $0.name) },
                onderwerpen: conversation.topics, competenties: conversation.competencies.map(\.rawValue),
                afspraken: conversation.agreements.map {
                    AgreementPart(wat: $0.what, door: $0.by, voor: $0.due?.description, klaar: $0.done?.description)
                })
        }
        items = document.items.map {
            ItemPart(
                datum: $0.date.description, soort: $0.kind.rawValue, omschrijving: $0.description, bewijs: $0.evidence)
        }
        inspanningsverplichting = document.obligations.map { progress in
            ObligationPart(
                schooljaar: progress.asOf.schoolYear.description, peildatum: progress.asOf.description,
                voldaan: progress.isMet,
                regels: progress.items.map {
                    RulePart(regel: $0.rule.requirement.words(.dutch), gedaan: $0.done, open: $0.open)
                })
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(versie, forKey: .versie)
        try container.encode(opgemaakt, forKey: .opgemaakt)
        try container.encode(school, forKey: .school)
        try container.encode(leerling, forKey: .leerling)
        try container.encode(activiteiten, forKey: .activiteiten)
        try container.encode(gesprekken, forKey: .gesprekken)
        try container.encode(items, forKey: .items)
        try container.encode(inspanningsverplichting, forKey: .inspanningsverplichting)
    }

    enum CodingKeys: String, CodingKey {
        case schema, versie, opgemaakt, school, leerling, activiteiten, gesprekken, items, inspanningsverplichting
    }
}
