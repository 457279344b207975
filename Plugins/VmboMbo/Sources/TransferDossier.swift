import Foundation
import LOBKit

/// An activity the student took part in, with the four-field reflection (vmbo's loopbaandossier).
struct DossierActivity: Sendable, Equatable {
    var date, code, name, kind: String
    var intendedGoals, results, evaluation, followUp: String
}

/// The shared part of a career conversation: never the mentor's private working note.
struct DossierConversation: Sendable, Equatable {
    var date, kind: String
    var topics: [String]
    var report: String
}

/// The doorstroomdossier for one receiving mbo institution: the students who applied there (or were placed)
/// and whose consent stands, each with what helps the mbo pick up where the school left off.
struct TransferDossier {
    struct Entry {
        var student: HandoverStudent
        var application: Application
        var consent: Consent
        var activities: [DossierActivity]
        var conversations: [DossierConversation]
    }

    var institution: String
    var made: LOBDate
    var deadline: AdmissionDeadline
    var entries: [Entry]

    /// The dossier as JSON, schema `lobsh-doorstroomdossier-mbo`, version 1 (described in the module's README).
    func json() throws(LOBError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(TransferDossierFile(self)), as: UTF8.self) + "\n"
        } catch {
            throw LOBError(
                .failed, Message(HandoverText.exportJSONFailed, institution), cause: error.localizedDescription)
        }
    }

    /// The dossier as a document, for Markdown.
    func document(_ language: UILanguage) -> Document {
        func text(_ template: Localized, _ arguments: String...) -> String {
            HandoverText.fill(template, arguments, language)
        }
        var blocks: [Document.Block] = [
            .paragraph(
                text(HandoverText.dossierIntro, institution, made.description, String(entries.count)))
        ]
        for entry in entries {
            let student = entry.student
            let application = entry.application
            blocks.append(.heading(student.label + " (" + student.className + ", " + student.schoolType + ")"))
            var facts = [
                text(HandoverText.dossierProgramme, HandoverText.programmeWithLevel(application, language)),
                text(HandoverText.dossierStatus, application.status.rawValue, application.date?.description ?? "—"),
                text(HandoverText.dossierConsent, entry.consent.giver.rawValue, entry.consent.date.description),
                text(HandoverText.dossierMentor, student.mentor.isEmpty ? "—" : student.mentor),
            ]
            if !student.profile.isEmpty { facts.insert(text(HandoverText.dossierProfile, student.profile), at: 0) }
            blocks.append(.list(facts))
            if entry.activities.isEmpty {
                blocks.append(.paragraph(text(HandoverText.dossierNoActivities)))
            } else {
                blocks.append(
                    .table(
                        Table(
                            columns: ["datum", "code", "activiteit", "soort", "resultaten", "vervolgactiviteiten"],
                            rows: entry.activities.map { activity in
                                [
                                    .text(activity.date), .text(activity.code), .text(activity.name),
                                    .text(activity.kind), .text(activity.results), .text(activity.followUp),
                                ]
                            })))
            }
            if !entry.conversations.isEmpty {
                blocks.append(
                    .list(
                        entry.conversations.map { conversation in
                            text(HandoverText.dossierConversation, conversation.date, conversation.kind)
                                + (conversation.report.isEmpty ? "" : "\n" + conversation.report)
                        }))
            }
        }
        return Document(title: text(HandoverText.dossierTitle, institution), blocks: blocks)
    }
}

/// The JSON form of a doorstroomdossier; keys are Dutch and sorted, missing dates are `null`.
struct TransferDossierFile: Encodable {
    struct StudentPart: Encodable {
        var leerlingnummer, naam, klas, schooltype, profiel, mentor: String
    }

    struct ApplicationPart: Encodable {
        var instelling, opleiding, status: String
        var niveau: Int?
        var datum: String?
        var voorDeadline: Bool

        enum CodingKeys: String, CodingKey {
            case instelling, opleiding, status, niveau, datum
            case voorDeadline = "uiterlijk-1-april"
        }

        func encode(to encoder: any Encoder) throws {
            // Explicit nulls: a reader sees that there is no level or date rather than guessing.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(instelling, forKey: .instelling)
            try container.encode(opleiding, forKey: .opleiding)
            try container.encode(status, forKey: .status)
            try container.encode(niveau, forKey: .niveau)
            try container.encode(datum, forKey: .datum)
            try container.encode(voorDeadline, forKey: .voorDeadline)
        }
    }

    struct ConsentPart: Encodable {
        var door, datum: String
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

    struct ConversationPart: Encodable {
        var datum, soort, verslag: String
        var onderwerpen: [String]
    }

    struct EntryPart: Encodable {
        var leerling: StudentPart
        var aanmelding: ApplicationPart
        var toestemming: ConsentPart
        var activiteiten: [ActivityPart]
        var gesprekken: [ConversationPart]
    }

    var schema = "lobsh-doorstroomdossier-mbo"
    var versie = 1
    var opgemaakt: String
    var instelling: String
    var leerlingen: [EntryPart]

    init(_ dossier: TransferDossier) {
        opgemaakt = dossier.made.description
        instelling = dossier.institution
        leerlingen = dossier.entries.map { entry in
            let student = entry.student
            let application = entry.application
            return EntryPart(
                leerling: StudentPart(
                    leerlingnummer: student.number, naam: student.fullName, klas: student.className,
                    schooltype: student.schoolType, profiel: student.profile, mentor: student.mentor),
                aanmelding: ApplicationPart(
                    instelling: application.institution, opleiding: application.programme,
                    status: application.status.rawValue, niveau: application.level,
                    datum: application.date?.description,
                    voorDeadline: application.date.map(dossier.deadline.isOnTime) ?? false),
                toestemming: ConsentPart(door: entry.consent.giver.rawValue, datum: entry.consent.date.description),
                activiteiten: entry.activities.map { activity in
                    ActivityPart(
                        datum: activity.date, code: activity.code, naam: activity.name, soort: activity.kind,
                        reflectie: Reflection(
                            intendedGoals: activity.intendedGoals, results: activity.results,
                            evaluation: activity.evaluation, followUp: activity.followUp))
                },
                gesprekken: entry.conversations.map { conversation in
                    ConversationPart(
                        datum: conversation.date, soort: conversation.kind, verslag: conversation.report,
                        onderwerpen: conversation.topics)
                })
        }
    }
}
