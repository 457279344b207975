import Foundation
import Testing

@testable import LOBKit

/// The conversation counts made in SQL say what counting the conversations themselves says.
@MainActor
struct ConversationCountsTests {
    @Test func theCountsInSQLMatchTheConversationsCountedOneByOne() throws {
        let test = try TestSession()
        try test.output("gesprek afspraak-klaar 1")
        let store = try test.session.store()
        for startYear in [2025, 2026] {
            let year = SchoolYear(validStartYear: startYear)
            let (from, until) = ConversationIndicators.period(of: year)
            let day = min(LOBDate(year: 2026, month: 11, day: 29) ?? .epoch, until)
            let (counts, coverage, conversations, students) = try store.transaction { transaction throws(LOBError) in
                (
                    try transaction.conversationCounts(from: from, until: until, day: day),
                    try transaction.conversationCoverage(from: from, until: until),
                    try transaction.conversations(ConversationIndicators.query(for: year)),
                    try transaction.students(StudentQuery())
                )
            }
            let talked = Set(conversations.map(\.studentNumber))
            let agreements = conversations.flatMap(\.agreements)
            #expect(
                counts
                    == ConversationCounts(
                        conversations: conversations.count, agreements: agreements.count,
                        agreementsDone: agreements.filter { $0.done != nil }.count,
                        agreementsOverdue: agreements.filter { $0.isOverdue(on: day) }.count))
            var expected: [ConversationCoverage] = []
            for (key, group) in Dictionary(grouping: students, by: { "\($0.schoolType.rawValue) \($0.year)" }) {
                guard let first = group.first else { continue }
                expected.append(
                    ConversationCoverage(
                        schoolType: first.schoolType, year: first.year, students: group.count,
                        withConversation: group.filter { talked.contains($0.number) }.count))
                _ = key
            }
            #expect(coverage.groups == expected.sorted { ($0.schoolType, $0.year) < ($1.schoolType, $1.year) })
            #expect(coverage.withConversation == talked.count)
        }
        // The demo school has conversations, afspraken, some done and some overdue in its current year.
        let current = try store.transaction { transaction throws(LOBError) in
            try transaction.conversationCounts(
                from: LOBDate(year: 2026, month: 8, day: 1) ?? .epoch,
                until: LOBDate(year: 2027, month: 7, day: 31) ?? .epoch,
                day: LOBDate(year: 2026, month: 11, day: 29) ?? .epoch)
        }
        #expect(current.conversations > 0 && current.agreementsDone > 0 && current.agreementsOverdue > 0)
    }

    /// `gesprek zonder` sorts as `compareText` orders class, surname, given name and number: digits by value,
    /// without regard to case or diacritics.
    @Test func studentsWithoutAConversationAreInTheOrderOfCompareText() throws {
        let test = try TestSession(demo: false)
        let students: [(String, String, String, String)] = [
            ("7", "Emre", "Özdemir", "H9A"), ("12", "Anna", "Oosterhout", "H9A"), ("3", "Bo", "ozturk", "h9a"),
            ("100", "Anna", "Oosterhout", "H9A"), ("25", "Zoë", "Hart", "H10A"), ("4", "zoe", "Hart", "H10A"),
            ("9", "Ängela", "Hart", "H10A"), ("8", "Sem", "de Jong", "H9A"), ("11", "Sem", "Bakker", ""),
        ]
        try test.session.store().transaction { transaction throws(LOBError) in
            let branch = try transaction.addBranch(brin: "99ZZ", number: "00", name: "Test")
            for (number, given, surname, className) in students {
                try transaction.upsert(
                    Student(
                        number: number, givenName: given, infix: "", surname: surname, className: className, year: 3,
                        schoolType: .havo, profile: "", mentor: "", branchID: branch.id))
            }
        }
        try test.recordConversation("gesprek nieuw 9 --verslag x --datum 2026-10-01")
        let expected = students.sorted { left, right in
            for (a, b) in [(left.3, right.3), (left.2, right.2), (left.1, right.1), (left.0, right.0)] {
                let order = Value.compareText(a, b)
                if order != .orderedSame { return order == .orderedAscending }
            }
            return false
        }.map(\.0)
        #expect(expected == ["11", "8", "12", "100", "7", "3", "9", "4", "25"])
        let output = try test.output("gesprek zonder --sinds 2026-11-01 | kolommen leerlingnummer | naar csv")
        #expect(output.split(separator: "\n").dropFirst().map(String.init) == expected)
        #expect(
            try test.output("gesprek zonder --sinds 2026-09-01 | waar klas = H10A | naar csv")
                == "leerlingnummer,naam,klas,mentor,laatste-gesprek\n4,zoe Hart,H10A,,\n25,Zoë Hart,H10A,,\n")
    }

    /// With digits the cheap first sort gets the order wrong and `TextRanks` sorts again; names alone (as classes
    /// and surnames mostly are) keep the first sort.
    @Test(arguments: [
        ["a", "A", "á", "Ä", "b", "B", "o", "Ö", "z", "1", "2", "9", "10", "01", " ", "-", "'"],
        ["a", "A", "á", "Ä", "b", "B", "o", "Ö", "z", "ij", "y"],
    ])
    func textRanksOrderAsCompareText(pieces: [String]) {
        var generator = SystemRandomNumberGenerator()
        let texts = (0..<400).map { _ in
            (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
                .joined()
        }
        var textRanks = TextRanks()
        let ids = texts.map { textRanks.id($0) }
        let ranks = textRanks.ranks()
        for (left, leftID) in zip(texts, ids).prefix(120) {
            for (right, rightID) in zip(texts, ids).prefix(120) {
                let order = Value.compareText(left, right)
                let (leftRank, rightRank) = (ranks[Int(leftID)], ranks[Int(rightID)])
                let ranked: ComparisonResult =
                    leftRank < rightRank ? .orderedAscending : leftRank > rightRank ? .orderedDescending : .orderedSame
                #expect(order == ranked, "\(left) \(right)")
            }
        }
    }
}
