import Foundation

/// The yearly report's qualitative part (order 60): quotes from reflections the school marked as shareable
/// (`deelname reflectie … --deelbaar`), without names: only school type, leerjaar and activity, and the
/// student's own names in the text replaced by `[naam]`.
struct ReflectionQuotesReportSection: ReportSection {
    let id = "deelname.citaten"
    let order = 60
    let title = Localized(nl: "Wat leerlingen zeggen: reflecties", en: "What students say: reflections")

    /// More quotes than this make a list nobody reads; the rest is counted.
    static let limit = 20

    func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
        let language = request.language
        guard let first = ObligationSchedule.firstDay(of: request.schoolYear),
            let last = ObligationSchedule.lastDay(of: request.schoolYear)
        else { return [] }
        let reflections = try store.shareableReflections(from: first, until: last)
        // Only the students quoted, each looked up by number: not the whole roster.
        var students: [String: Student] = [:]
        for number in Set(reflections.map(\.studentNumber)) {
            students[number] = try store.student(number: number)
        }
        let activities = Dictionary(
            try store.activities().map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let quotes = reflections.compactMap {
            participation -> String? in
            guard let student = students[participation.studentNumber],
                let text = Self.quotableText(participation)
            else { return nil }
            let activity = activities[participation.activityCode.uppercased()]?.name ?? participation.activityCode
            return "“" + Self.redact(text, student: student) + "” — "
                + Message(.quoteAttribution, student.schoolType.rawValue, String(student.year), activity)
                .text(language)
        }
        guard !quotes.isEmpty else {
            return [.paragraph(Message(.quoteSectionNone, request.schoolYear.description).text(language))]
        }
        var blocks: [Document.Block] = [
            .paragraph(Message(.quoteSectionIntro).text(language)), .list(Array(quotes.prefix(Self.limit))),
        ]
        if quotes.count > Self.limit {
            blocks.append(.paragraph(Message(.quoteSectionMore, String(quotes.count - Self.limit)).text(language)))
        }
        return blocks
    }

    /// What the student thought of it, else what they did, will do or meant to do; nil when all are empty.
    static func quotableText(_ participation: Participation) -> String? {
        [participation.evaluation, participation.results, participation.followUp, participation.intendedGoals]
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.first { !$0.isEmpty }
    }

    /// `text` with the student's full name, surname (with infix) and given name replaced by `[naam]`, as whole
    /// words and whatever the case.
    static func redact(_ text: String, student: Student) -> String {
        let surname = [student.infix, student.surname].filter { !$0.isEmpty }.joined(separator: " ")
        let names = [student.fullName, surname, student.surname, student.givenName]
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var redacted = text
        for name in names {
            let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: name) + "(?![\\p{L}\\p{N}])"
            guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
                continue
            }
            redacted = expression.stringByReplacingMatches(
                in: redacted, range: NSRange(redacted.startIndex..., in: redacted), withTemplate: "[naam]")
        }
        return redacted
    }
}
