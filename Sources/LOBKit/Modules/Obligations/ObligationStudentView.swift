/// A student's own view of their inspanningsverplichting, in words a student understands:
/// "Je hebt 1 van de 2 open dagen gedaan. Nog te doen: nog 1 open dag, en de oud-leerlingenavond (OUDL-5H)."
struct ObligationStudentView {
    let student: Student
    let asOf: LOBDate
    /// Nil when the student's group has no rules.
    let progress: ObligationProgress?
    let catalogue: [String: Activity]
    /// The policy's text about the inspanningsverplichting, when one is recorded.
    let policyText: String?

    func document(_ language: UILanguage) -> Document {
        let group = ObligationGroup(student)
        let title = Message(.obligationViewTitle, student.fullName, student.className).text(language)
        var document = Document(title: title)
        document.blocks.append(
            .paragraph(
                Message(
                    .obligationViewAsOf, asOf.schoolYear.description, group.schoolType.rawValue, String(group.year),
                    asOf.description
                ).text(language)))
        if let progress, !progress.items.isEmpty {
            document.blocks.append(.paragraph(summary(progress, language)))
            document.blocks.append(.heading(Message(.obligationViewCountedHeading).text(language)))
            if progress.counted.isEmpty {
                document.blocks.append(.paragraph(Message(.obligationViewNothingCounted).text(language)))
            } else {
                // Here the activity's own name: it says which open day it was.
                document.blocks.append(
                    .list(
                        progress.counted.map { participation in
                            let name = catalogue[participation.activityCode.uppercased()]?.name
                            return "\(participation.date)  " + (name.map { "\($0) " } ?? "")
                                + "(\(participation.activityCode))"
                        }))
            }
        } else {
            document.blocks.append(
                .paragraph(
                    Message(.obligationViewNoRules, group.schoolType.rawValue, String(group.year)).text(language)))
        }
        if let policyText {
            document.blocks.append(.heading(Message(.obligationViewPolicyHeading).text(language)))
            document.blocks.append(.paragraph(policyText))
        }
        return document
    }

    /// What is done, what is still to do, and whether that is on schedule.
    private func summary(_ progress: ObligationProgress, _ language: UILanguage) -> String {
        var sentences: [String] = []
        var toDo: [String] = []
        for item in progress.items {
            switch item.rule.requirement {
            case .kind(let kind, let minimum):
                let noun = ObligationWords.noun(kind, language)
                if minimum > 1 {
                    sentences.append(
                        Message(
                            .obligationViewProgress, String(min(item.done.count, minimum)),
                            ObligationWords.count(minimum, kind, language)
                        ).text(language))
                } else if !item.done.isEmpty {
                    sentences.append(Message(.obligationViewDone, noun.indefinite).text(language))
                }
                if item.open > 0 {
                    toDo.append(
                        Message(.obligationViewMore, String(item.open), item.open == 1 ? noun.one : noun.many).text(
                            language))
                }
            case .competency(let competency, let minimum):
                if minimum > 1 {
                    sentences.append(
                        Message(
                            .obligationViewProgress, String(min(item.done.count, minimum)),
                            ObligationWords.count(minimum, competency, language)
                        ).text(language))
                } else if !item.done.isEmpty {
                    sentences.append(
                        Message(.obligationViewDone, ObligationWords.oneActivity(for: competency, language)).text(
                            language))
                }
                if item.open > 0 {
                    toDo.append(
                        Message(
                            .obligationViewMore, String(item.open),
                            ObligationWords.activities(item.open, for: competency, language)
                        ).text(language))
                }
            case .activities:
                if !item.done.isEmpty {
                    sentences.append(
                        Message(
                            .obligationViewDone,
                            ObligationWords.list(item.done.map { activity($0, language) }, language)
                        ).text(language))
                }
                toDo += item.missing.map { activity($0, language) }
            }
        }
        if toDo.isEmpty {
            sentences.append(Message(.obligationViewAllDone).text(language))
        } else {
            sentences.append(Message(.obligationViewToDo, ObligationWords.toDoList(toDo, language)).text(language))
            sentences.append(
                Message(progress.isOnTrack ? .obligationViewOnTrack : .obligationViewBehind).text(language))
        }
        return sentences.joined(separator: " ")
    }

    private func activity(_ code: String, _ language: UILanguage) -> String {
        catalogue[code.uppercased()].map { ObligationWords.activity($0, language) } ?? code
    }
}
