import Foundation

/// Reads a satisfaction survey file in one of its three shapes, told apart by the header:
///
/// - per respondent, one row per answer: `respondent, schooltype, leerjaar, item, score[, opmerking][, deelbaar]`;
/// - per respondent, one row per respondent with a column per item id:
///   `respondent, schooltype, leerjaar, LOB01, …, LOB10[, opmerking][, deelbaar]` (what `tevredenheid sjabloon
///   --invulblad` prints); the respondent column may be left out;
/// - totals per group: `item, schooltype, leerjaar, n, gemiddelde, n1, n2, n3, n4, n5` (`gemiddelde` or
///   `n1`–`n5` may be left empty, not both).
///
/// `schooltype` and `leerjaar` may be missing or empty (`alle`): the result is then for all school types or
/// leerjaren together. Per-respondent answers are counted per item and group at once; the respondent id only
/// serves to check the file and is never stored. Every row is checked before anything is written, and each bad
/// row is reported with its line, the column and the reason.
struct SatisfactionFile {
    /// What a column of the file holds.
    enum Column: Hashable {
        case respondent, schoolType, year, item, score, comment, shareable, count, mean
        /// `n1`…`n5`: how many answered 1…5.
        case answers(Int)
        /// A column named after a built-in item: the scores of that item, one respondent per row.
        case itemScores(String)

        /// Header spellings as `CSVHeader.normalize` leaves them.
        static let spellings: [(Column, [String])] = [
            (.respondent, ["respondent", "respondentnummer", "respondentid", "respondentnr"]),
            (.schoolType, ["schooltype", "afdeling", "schoolsoort"]),
            (.year, ["leerjaar", "year"]),
            (.item, ["item", "itemid", "vraagid", "vraagnummer"]),
            (.score, ["score", "antwoord", "answer"]),
            (.comment, ["opmerking", "toelichting", "comment"]),
            (.shareable, ["deelbaar", "shareable"]),
            (.count, ["n", "respondenten", "aantal", "respondents"]),
            (.mean, ["gemiddelde", "gem", "mean"]),
            (.answers(1), ["n1"]), (.answers(2), ["n2"]), (.answers(3), ["n3"]), (.answers(4), ["n4"]),
            (.answers(5), ["n5"]),
        ]

        /// The name a row error gives the column.
        var name: String {
            switch self {
            case .respondent: "respondent"
            case .schoolType: "schooltype"
            case .year: "leerjaar"
            case .item: "item"
            case .score: "score"
            case .comment: "opmerking"
            case .shareable: "deelbaar"
            case .count: "n"
            case .mean: "gemiddelde"
            case .answers(let answer): "n\(answer)"
            case .itemScores(let id): id
            }
        }
    }

    var shape: SatisfactionShape
    /// The results per item and group, ready to store.
    var results: [SatisfactionResult] = []
    var comments: [SatisfactionComment] = []
    var bad: [BadRow] = []
    /// The respondents with at least one score (per-respondent shapes only).
    var respondentCount = 0
    /// Headers that are no column of the shape, left unread.
    var ignoredHeaders: [String] = []

    private let schoolYear: SchoolYear
    private let source: String
    /// The language row errors name groups in.
    private let language: UILanguage

    /// Reads and checks `data`; throws only when the file as a whole cannot be used (no header, a shape that
    /// cannot be told, a missing column).
    init(
        data: Data, path: String, schoolYear: SchoolYear, source: String, language: UILanguage, at span: SourceSpan
    ) throws(LOBError) {
        self.schoolYear = schoolYear
        self.source = source
        self.language = language
        try TextFileCheck.check(data, path: path, at: span)
        let document = CSVReader.read(data, separator: nil)
        if case .utf16? = document.problems.first { try document.throwIfBroken(path: path, at: span) }
        guard let header = document.header else { throw LOBError(.data, Message(.importEmptyFile, path), at: span) }

        var columns: [Column: Int] = [:]
        var ignored: [String] = []
        for (index, text) in header.fields.enumerated() {
            let key = CSVHeader.normalize(text)
            if let known = Column.spellings.first(where: { $0.1.contains(key) })?.0 {
                if columns[known] == nil { columns[known] = index }
            } else if let item = SatisfactionItem.named(key) {
                if columns[.itemScores(item.id)] == nil { columns[.itemScores(item.id)] = index }
            } else if !key.isEmpty {
                ignored.append(text)
            }
        }
        let hasItemColumns = columns.keys.contains { if case .itemScores = $0 { true } else { false } }
        let isTotals = columns[.mean] != nil || (1...5).contains { columns[.answers($0)] != nil }
        let required: [Column]
        if isTotals {
            shape = .totals
            required = [.item, .count]
        } else if columns[.item] != nil || columns[.score] != nil {
            shape = .respondents
            required = [.respondent, .item, .score]
        } else if hasItemColumns {
            shape = .respondents
            required = []
        } else {
            throw LOBError(
                .data, Message(.satisfactionUnknownShape, path, header.fields.joined(separator: ", ")), at: span)
        }
        let missing = required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw LOBError(
                .data,
                Message(
                    .importMissingColumns, path, missing.map(\.name).joined(separator: ", "),
                    header.fields.joined(separator: ", ")),
                at: span)
        }
        // In the totals and long shapes an item-named column is not read either.
        ignoredHeaders =
            ignored
            + (hasItemColumns && columns[.item] != nil || isTotals
                ? header.fields.filter { SatisfactionItem.named(CSVHeader.normalize($0)) != nil } : [])

        let (lineProblems, unterminatedLine) = document.problems.badRows()
        bad += lineProblems
        var records: [Record] = []
        for record in document.records where record.line != unterminatedLine {
            guard record.fields.count == header.fields.count else {
                let message = Message(.rowFieldCount, String(record.fields.count), String(header.fields.count))
                bad.append(BadRow(line: record.line, message: message))
                continue
            }
            records.append(Record(line: record.line, fields: record.fields, columns: columns))
        }
        if isTotals {
            readTotals(records)
        } else if columns[.item] != nil {
            readAnswers(records)
        } else {
            readRespondents(
                records, items: columns.keys.compactMap { if case .itemScores(let id) = $0 { id } else { nil } })
        }
        bad.sort { $0.line < $1.line }
    }

    /// One row of the file, read by column.
    struct Record {
        let line: Int
        let fields: [String]
        let columns: [Column: Int]

        /// The column's text without surrounding blanks; empty when the file has no such column.
        subscript(_ column: Column) -> String {
            guard let index = columns[column], index < fields.count else { return "" }
            return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    // MARK: Per respondent

    /// The answers counted so far, per item and group.
    private struct Tally {
        var counts: [Key: [Int]] = [:]

        struct Key: Hashable {
            var item: String
            var group: SatisfactionGroup
        }

        mutating func add(_ score: Int, item: String, group: SatisfactionGroup) {
            var row = counts[Key(item: item, group: group)] ?? [0, 0, 0, 0, 0]
            if (1...5).contains(score) { row[score - 1] += 1 }
            counts[Key(item: item, group: group)] = row
        }
    }

    /// The long shape: one row per respondent and item.
    private mutating func readAnswers(_ records: [Record]) {
        var tally = Tally()
        var groups: [String: (group: SatisfactionGroup, line: Int)] = [:]
        var answered: [String: Int] = [:]
        var pendingComments: [SatisfactionComment] = []
        var scored = Set<String>()
        for record in records {
            do throws(RowError) {
                let respondent = record[.respondent]
                if respondent.isEmpty { throw RowError(Message(.rowMissingValue, Column.respondent.name)) }
                let group = try SatisfactionFile.group(record)
                if let first = groups[respondent], first.group != group {
                    throw RowError(
                        Message(
                            .satisfactionRowRespondentGroup, respondent, String(first.line),
                            first.group.label(language)))
                }
                let itemText = record[.item]
                if itemText.isEmpty { throw RowError(Message(.rowMissingValue, Column.item.name)) }
                guard let item = SatisfactionItem.named(itemText) else {
                    throw RowError(Message(.satisfactionRowUnknownItem, Column.item.name, itemText))
                }
                let score = try SatisfactionFile.score(record[.score], column: .score)
                let shareable = try SatisfactionFile.shareable(record[.shareable])
                let answerKey = respondent + "\u{1F}" + item.id
                if let first = answered[answerKey] {
                    throw RowError(Message(.satisfactionRowRespondentTwice, respondent, item.id, String(first)))
                }
                answered[answerKey] = record.line
                if groups[respondent] == nil { groups[respondent] = (group, record.line) }
                if let score {
                    tally.add(score, item: item.id, group: group)
                    scored.insert(respondent)
                }
                let text = record[.comment]
                if !text.isEmpty {
                    pendingComments.append(
                        SatisfactionComment(
                            schoolYear: schoolYear, source: source, itemID: item.id, text: text,
                            isShareable: shareable))
                }
            } catch {
                bad.append(BadRow(line: record.line, message: error.message))
            }
        }
        finish(tally, comments: pendingComments, respondents: scored.count)
    }

    /// The wide shape: one row per respondent, a column per item.
    private mutating func readRespondents(_ records: [Record], items: [String]) {
        var tally = Tally()
        var seen: [String: Int] = [:]
        var pendingComments: [SatisfactionComment] = []
        var respondents = 0
        let ordered = SatisfactionItem.ids.filter(items.contains)
        for record in records {
            do throws(RowError) {
                let respondent = record[.respondent]
                if !respondent.isEmpty, let first = seen[respondent] {
                    throw RowError(Message(.satisfactionRowRespondentAgain, respondent, String(first)))
                }
                let group = try SatisfactionFile.group(record)
                var scores: [(String, Int)] = []
                for item in ordered {
                    if let score = try SatisfactionFile.score(record[.itemScores(item)], column: .itemScores(item)) {
                        scores.append((item, score))
                    }
                }
                let shareable = try SatisfactionFile.shareable(record[.shareable])
                if !respondent.isEmpty { seen[respondent] = record.line }
                for (item, score) in scores { tally.add(score, item: item, group: group) }
                if !scores.isEmpty { respondents += 1 }
                let text = record[.comment]
                if !text.isEmpty {
                    pendingComments.append(
                        SatisfactionComment(
                            schoolYear: schoolYear, source: source, itemID: "", text: text, isShareable: shareable))
                }
            } catch {
                bad.append(BadRow(line: record.line, message: error.message))
            }
        }
        finish(tally, comments: pendingComments, respondents: respondents)
    }

    private mutating func finish(_ tally: Tally, comments pending: [SatisfactionComment], respondents: Int) {
        results = tally.counts.map { key, counts in
            let n = counts.reduce(0, +)
            let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
            return SatisfactionResult(
                schoolYear: schoolYear, source: source, itemID: key.item, group: key.group, respondents: n,
                mean: n == 0 ? 0 : Double(sum) / Double(n), distribution: counts)
        }
        .filter { $0.respondents > 0 }
        .sorted { ($0.itemID, $0.group) < ($1.itemID, $1.group) }
        comments = pending
        respondentCount = respondents
    }

    // MARK: Totals

    private mutating func readTotals(_ records: [Record]) {
        var seen: [String: [(group: SatisfactionGroup, line: Int)]] = [:]
        for record in records {
            do throws(RowError) {
                let itemText = record[.item]
                if itemText.isEmpty { throw RowError(Message(.rowMissingValue, Column.item.name)) }
                guard let item = SatisfactionItem.named(itemText) else {
                    throw RowError(Message(.satisfactionRowUnknownItem, Column.item.name, itemText))
                }
                let group = try SatisfactionFile.group(record)
                let countText = record[.count]
                guard let count = Int(countText), count > 0 else {
                    throw RowError(Message(.satisfactionRowBadRespondents, Column.count.name, countText))
                }
                let distribution = try SatisfactionFile.distribution(record, respondents: count)
                let mean = try SatisfactionFile.mean(record[.mean], distribution: distribution)
                for earlier in seen[item.id] ?? [] where earlier.group.overlaps(group) {
                    let message =
                        earlier.group == group
                        ? Message(.satisfactionRowDuplicate, item.id, group.label(language), String(earlier.line))
                        : Message(
                            .satisfactionRowOverlap, item.id, group.label(language), earlier.group.label(language),
                            String(earlier.line))
                    throw RowError(message)
                }
                seen[item.id, default: []].append((group, record.line))
                results.append(
                    SatisfactionResult(
                        schoolYear: schoolYear, source: source, itemID: item.id, group: group, respondents: count,
                        mean: mean, distribution: distribution))
            } catch {
                bad.append(BadRow(line: record.line, message: error.message))
            }
        }
    }

    /// `n1`–`n5`: all five or none, adding up to `n`.
    private static func distribution(_ record: Record, respondents: Int) throws(RowError) -> [Int]? {
        let texts = (1...5).map { record[.answers($0)] }
        if texts.allSatisfy(\.isEmpty) { return nil }
        var counts: [Int] = []
        for (offset, text) in texts.enumerated() {
            let column = Column.answers(offset + 1)
            if text.isEmpty { throw RowError(Message(.satisfactionRowPartialDistribution, column.name)) }
            guard let count = Int(text), count >= 0 else {
                throw RowError(Message(.satisfactionRowBadAnswerCount, column.name, text))
            }
            counts.append(count)
        }
        let total = counts.reduce(0, +)
        if total != respondents {
            throw RowError(Message(.satisfactionRowCountMismatch, String(respondents), String(total)))
        }
        return counts
    }

    /// The mean as written (`3.8` or `3,8`), checked against the distribution; computed when left empty.
    private static func mean(_ text: String, distribution: [Int]?) throws(RowError) -> Double {
        let computed = distribution.map { counts -> Double in
            let n = counts.reduce(0, +)
            let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
            return n == 0 ? 0 : Double(sum) / Double(n)
        }
        if text.isEmpty {
            guard let computed else { throw RowError(Message(.satisfactionRowNoScores)) }
            return computed
        }
        guard let mean = Double(text.replacingOccurrences(of: ",", with: ".")), mean.isFinite, (1...5).contains(mean)
        else { throw RowError(Message(.satisfactionRowBadMean, Column.mean.name, text)) }
        // A mean rounded to one decimal in the source still matches.
        if let computed, abs(computed - mean) > 0.051 {
            throw RowError(
                Message(.satisfactionRowMeanMismatch, Value.format(decimal: mean), Value.format(decimal: computed)))
        }
        return computed ?? mean
    }

    // MARK: Cells

    /// The group of a row: a school type and leerjaar, either of which may be empty or `alle` for all.
    static func group(_ record: Record) throws(RowError) -> SatisfactionGroup {
        let typeText = record[.schoolType]
        var type: SchoolType?
        if !SatisfactionFile.meansAll(typeText) {
            guard let known = SchoolType(spelling: typeText) else {
                throw RowError(
                    Message(
                        .satisfactionRowBadSchoolType, typeText,
                        SchoolType.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            type = known
        }
        let yearText = record[.year]
        var year: Int?
        if !SatisfactionFile.meansAll(yearText) {
            guard let number = Int(yearText), (1...6).contains(number) else {
                throw RowError(Message(.satisfactionRowBadYear, yearText))
            }
            if let type, number > type.finalYear {
                throw RowError(Message(.satisfactionRowYearNotInType, String(number), type.rawValue))
            }
            year = number
        }
        return SatisfactionGroup(schoolType: type, year: year)
    }

    private static func meansAll(_ text: String) -> Bool {
        ["", "alle", "all", "totaal", "total", "*"].contains(text.lowercased())
    }

    /// A score of 1 to 5; nil for an empty cell (a question not answered).
    static func score(_ text: String, column: Column) throws(RowError) -> Int? {
        if text.isEmpty { return nil }
        guard let score = Int(text), (1...5).contains(score) else {
            throw RowError(Message(.satisfactionRowBadScore, column.name, text))
        }
        return score
    }

    /// `deelbaar`: ja or nee (empty is nee: a comment is shared only when the school says so).
    static func shareable(_ text: String) throws(RowError) -> Bool {
        switch text.lowercased() {
        case "ja", "j", "yes", "y", "1", "true", "x": return true
        case "nee", "n", "no", "0", "false", "": return false
        default: throw RowError(Message(.satisfactionRowBadShareable, text))
        }
    }
}
