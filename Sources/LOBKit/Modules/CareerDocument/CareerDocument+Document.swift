extension CareerDocument {
    /// The document for people: the terminal (`dossier toon`), Markdown and HTML (`dossier exporteer`).
    func document(_ language: UILanguage) -> Document {
        func text(_ key: MessageKey, _ arguments: String...) -> String {
            Message(key, arguments: arguments).text(language)
        }
        var document = Document(title: text(.dossierTitle, student.fullName))
        var facts = [text(.dossierStudentNumber, student.number)]
        if !student.className.isEmpty { facts.append(text(.dossierClass, student.className)) }
        facts.append(text(.dossierGroup, student.schoolType.rawValue, String(student.year)))
        if !schoolName.isEmpty { facts.append(schoolName) }
        facts.append(text(.dossierMadeOn, madeOn.description))
        document.blocks.append(.paragraph(facts.joined(separator: " · ")))
        guard !isEmpty else {
            document.blocks.append(.paragraph(text(.dossierNothingRecorded)))
            return document
        }
        var year: SchoolYear?
        var entries: [String] = []
        for entry in journey {
            if entry.date.schoolYear != year {
                if let year {
                    document.blocks += [.heading(text(.dossierSchoolYear, year.description)), .list(entries)]
                }
                year = entry.date.schoolYear
                entries = []
            }
            entries.append(describe(entry, language))
        }
        if let year { document.blocks += [.heading(text(.dossierSchoolYear, year.description)), .list(entries)] }
        if let obligations {
            document.blocks.append(.heading(text(.dossierObligations, madeOn.schoolYear.description)))
            // The obligations module's own view, in words a student understands; its title is ours already.
            let view = ObligationStudentView(
                student: student, asOf: madeOn, progress: obligations, catalogue: catalogue, policyText: nil)
            document.blocks += view.document(language).blocks.dropFirst()
        }
        document.blocks.append(.paragraph(text(.dossierSharedOnly)))
        return document
    }

    /// One step as a list item: the date and what it was on the first line, the details under it.
    private func describe(_ entry: Entry, _ language: UILanguage) -> String {
        func text(_ key: MessageKey, _ arguments: String...) -> String {
            Message(key, arguments: arguments).text(language)
        }
        var lines: [String]
        switch entry {
        case .activity(let participation):
            let activity = activity(participation.activityCode)
            let name = activity.map { "\($0.name) (\($0.code), \($0.kind.rawValue))" } ?? participation.activityCode
            lines = [text(.dossierActivity, participation.date.description, name)]
            let fields: [(MessageKey, String)] = [
                (.dossierIntendedGoals, participation.intendedGoals), (.dossierResults, participation.results),
                (.dossierEvaluation, participation.evaluation), (.dossierFollowUp, participation.followUp),
            ]
            for (label, value) in fields where !value.isEmpty { lines.append(text(label, value)) }
            if !participation.hasReflection { lines.append(text(.dossierNoReflection)) }
        case .conversation(let conversation):
            var heading = text(.dossierConversation, conversation.date.description, conversation.kind.rawValue)
            if !conversation.participants.isEmpty {
                let who = conversation.participants.map { "\($0.role.rawValue) \($0.name)" }.joined(separator: ", ")
                heading += " " + text(.dossierConversationWith, who)
            }
            lines = [heading]
            if !conversation.topics.isEmpty {
                lines.append(text(.dossierTopics, conversation.topics.joined(separator: ", ")))
            }
            if !conversation.report.isEmpty { lines.append(text(.dossierReport, conversation.report)) }
            for agreement in conversation.agreements {
                var details = [text(.dossierAgreementBy, agreement.by)]
                if let due = agreement.due { details.append(text(.dossierAgreementDue, due.description)) }
                if let done = agreement.done { details.append(text(.dossierAgreementDone, done.description)) }
                lines.append(text(.dossierAgreement, agreement.what, details.joined(separator: ", ")))
            }
        case .item(let item):
            lines = [text(.dossierItem, item.date.description, item.kind.name.text(language), item.description)]
            if !item.evidence.isEmpty { lines.append(text(.dossierEvidence, item.evidence)) }
        }
        return lines.joined(separator: "\n")
    }
}
