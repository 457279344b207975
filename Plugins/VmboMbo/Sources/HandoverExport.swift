import LOBKit

/// `overdracht exporteer --instelling NAAM [--formaat json|md]`: the doorstroomdossier for one receiving mbo
/// institution, only of students whose consent stands; the others are counted and named in a notice.
struct HandoverExport: Command {
    enum Format: String, CaseIterable {
        case json
        case markdown = "md"
    }

    static let spec = CommandSpec(
        "exporteer", group: "overdracht", aliases: ["export"],
        summary: Localized(
            nl:
                "Maakt het doorstroomdossier voor één mbo-instelling, alleen van leerlingen met toestemming: aanmelding, LOB-activiteiten met reflectie, gespreksverslagen (nooit werkaantekeningen)",
            en:
                "Makes the transfer dossier for one mbo institution, only of students with consent: application, LOB activities with reflection, conversation reports (never working notes)"
        ),
        flags: [
            Flag(
                "instelling", aliases: ["institution"], .text,
                help: Localized(
                    nl: "De ontvangende mbo-instelling: leerlingen die er aangemeld of geplaatst zijn",
                    en: "The receiving mbo institution: students who applied there or were placed")),
            Flag(
                "formaat", aliases: ["format"], .choice(Format.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "json (schema lobsh-doorstroomdossier-mbo, versie 1; standaard) of md",
                    en: "json (schema lobsh-doorstroomdossier-mbo, version 1; the default) or md")),
        ],
        examples: [
            Example(
                "overdracht exporteer --instelling \"ROC Zuid\" > doorstroom-roc-zuid.json",
                Localized(
                    nl: "Het dossier voor ROC Zuid als JSON-bestand", en: "The dossier for ROC Zuid as a JSON file")),
            Example(
                "overdracht exporteer --instelling \"Vakcollege Techniek Zuid\" --formaat md > vakcollege.md",
                Localized(nl: "Als Markdown, om te lezen", en: "As Markdown, to read")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        guard let institution = HandoverLookup.trimmed(arguments.text("instelling")) else {
            throw LOBError(.usage, Message(HandoverText.exportNeedsInstitution), at: arguments.callSpan)
        }
        let store = try context.store()
        let all = try store.handoverStudents()
        let applicants = all.filter { student in
            guard let application = student.application,
                application.status == .applied || application.status == .placed
            else { return false }
            return HandoverLookup.sameInstitution(application.institution, institution)
        }
        guard let first = applicants.first?.application else {
            var known: [String] = []
            for case let application? in all.map(\.application)
            where application.status.hasApplied && !known.contains(application.institution) {
                known.append(application.institution)
            }
            throw LOBError(
                .failed,
                Message(HandoverText.exportNobody, institution, known.sorted().joined(separator: ", ")),
                at: arguments.span("instelling"))
        }
        var entries: [TransferDossier.Entry] = []
        var withheld: [HandoverStudent] = []
        for student in applicants {
            // Consent is checked here and nowhere else: no flag or format gets a student past it.
            guard student.mayBeShared, let consent = student.consent, let application = student.application else {
                withheld.append(student)
                continue
            }
            entries.append(
                TransferDossier.Entry(
                    student: student, application: application, consent: consent,
                    activities: try store.dossierActivities(studentID: student.id),
                    conversations: try store.dossierConversations(studentID: student.id)))
        }
        if !withheld.isEmpty {
            context.notice(
                Message(
                    withheld.count == 1 ? HandoverText.exportWithheldOne : HandoverText.exportWithheld,
                    String(withheld.count),
                    withheld.map(\.label).joined(separator: ", ")))
        }
        let dossier = TransferDossier(
            institution: first.institution, made: context.today, deadline: try AdmissionDeadline(context.schoolYear),
            entries: entries)
        try context.logAudit(
            .export, what: "overdracht \(first.institution)", count: entries.count, arguments: arguments)
        switch arguments.text("formaat").flatMap(Format.init(rawValue:)) ?? .json {
        case .json: return .text(try dossier.json())
        case .markdown: return .text(dossier.document(context.language).markdown(language: context.language))
        }
    }
}
