/// The policy of one school year as one readable document, for `beleid toon`.
struct PolicyDocument {
    enum Format: String, CaseIterable {
        case text = "tekst"
        case markdown = "md"
    }

    let schoolYear: SchoolYear
    /// Each question's answer that holds in the school year (carried over from earlier years).
    let answers: [PolicyQuestion: PolicyAnswer]
    let obligation: StudentObligation?
    let responsibles: [PolicyResponsible]
    /// The events of this school year only.
    let events: [PolicyEvent]

    init(store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) {
        self.schoolYear = schoolYear
        answers = try store.currentPolicyAnswers(in: schoolYear)
        obligation = try store.currentStudentObligation(in: schoolYear)
        responsibles = try store.policyResponsibles(in: schoolYear)
        events = try store.policyEvents(in: schoolYear)
    }

    /// The document: the questions in order, then the inspanningsverplichting, responsibles and events.
    func rendered(as format: Format, in language: UILanguage) -> String {
        var sections: [Section] = PolicyQuestion.allCases.map { question in
            let heading = "\(question.rawValue) \(question.text.text(language))"
            guard let answer = answers[question] else {
                return Section(heading: heading, paragraphs: [Message(.policyNotAnswered).text(language)])
            }
            return Section(
                heading: heading, paragraphs: [answer.text],
                source: source(answer.schoolYear, answer.recorded, answer.author, language))
        }
        sections.append(
            obligation.map {
                Section(
                    heading: Message(.policyObligationHeading).text(language), paragraphs: [$0.text],
                    source: source($0.schoolYear, $0.recorded, $0.author, language))
            }
                ?? Section(
                    heading: Message(.policyObligationHeading).text(language),
                    paragraphs: [Message(.policyNotRecorded).text(language)]))
        sections.append(
            Section(
                heading: Message(.policyResponsiblesHeading, schoolYear.description).text(language),
                items: responsibles.map { "\($0.role.rawValue): \($0.name)" },
                empty: Message(.policyNotRecorded).text(language)))
        sections.append(
            Section(
                heading: Message(.policyEventsHeading, schoolYear.description).text(language),
                items: events.map { event in
                    "\(event.date) \(event.kind.rawValue)" + (event.reference.isEmpty ? "" : ": \(event.reference)")
                },
                empty: Message(.policyNone).text(language)))
        let title = Message(.policyDocumentTitle, schoolYear.description).text(language)
        switch format {
        case .text:
            return ([title] + sections.map(\.plainText)).joined(separator: "\n\n") + "\n"
        case .markdown:
            return (["# " + title] + sections.map(\.markdown)).joined(separator: "\n\n") + "\n"
        }
    }

    private func source(_ year: SchoolYear, _ recorded: LOBDate, _ author: String, _ language: UILanguage) -> String {
        let message =
            author.isEmpty
            ? Message(.policyAnswerSource, year.description, recorded.description)
            : Message(.policyAnswerSourceBy, year.description, recorded.description, author)
        return message.text(language)
    }

    /// A heading with paragraphs (and where they came from) or with a list.
    private struct Section {
        var heading: String
        var paragraphs: [String] = []
        var source: String?
        var items: [String] = []

        init(heading: String, paragraphs: [String], source: String? = nil) {
            self.heading = heading
            self.paragraphs = paragraphs
            self.source = source
        }

        init(heading: String, items: [String], empty: String) {
            self.heading = heading
            self.items = items
            if items.isEmpty { paragraphs = [empty] }
        }

        var plainText: String {
            let body = paragraphs + items + (source.map { ["(\($0))"] } ?? [])
            return ([heading] + body.map(Section.indented)).joined(separator: "\n")
        }

        var markdown: String {
            var blocks = ["## " + heading] + paragraphs
            if !items.isEmpty { blocks.append(items.map { "- " + $0 }.joined(separator: "\n")) }
            if let source { blocks.append("*\(source)*") }
            return blocks.joined(separator: "\n\n")
        }

        /// Every line of `text` indented, so that a long answer stays under its question.
        static func indented(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
                .joined(separator: "\n")
        }
    }
}
