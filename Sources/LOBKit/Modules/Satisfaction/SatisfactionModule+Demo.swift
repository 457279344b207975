extension SatisfactionModule {
    /// The demo school's LOB survey of last school year and this one (source `lob-peiling`): the ten LOB items and
    /// two general ones, per school type and leerjaar. LOB satisfaction went up this year, most of all for the
    /// mentor's career conversations (LOB05), so `tevredenheid trend` shows a change; vmbo-bb 3 and vwo 6 have
    /// fewer than 10 respondents, so suppression shows; some comments are shareable and some are not.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let current = today.schoolYear
        let previous = SchoolYear(validStartYear: current.startYear - 1)
        let groups: [(SatisfactionGroup, previous: Int, current: Int)] = [
            (SatisfactionGroup(schoolType: .vmboBB, year: 3), 7, 6),
            (SatisfactionGroup(schoolType: .vmboKB, year: 4), 15, 17),
            (SatisfactionGroup(schoolType: .vmboTL, year: 4), 21, 23),
            (SatisfactionGroup(schoolType: .havo, year: 4), 24, 26),
            (SatisfactionGroup(schoolType: .havo, year: 5), 19, 22),
            (SatisfactionGroup(schoolType: .vwo, year: 5), 16, 18),
            (SatisfactionGroup(schoolType: .vwo, year: 6), 11, 8),
        ]
        let items = SatisfactionItem.lobQuestionnaire.map(\.id) + ["ALG01", "ALG02"]
        // Mean scores in tenths, last year and this year.
        let means: [String: (Int, Int)] = [
            "LOB01": (32, 35), "LOB02": (33, 35), "LOB03": (34, 37), "LOB04": (28, 31), "LOB05": (29, 37),
            "LOB06": (38, 40), "LOB07": (31, 34), "LOB08": (26, 30), "LOB09": (30, 33), "LOB10": (31, 34),
            "ALG01": (39, 39), "ALG02": (36, 37),
        ]
        var generator = SeededGenerator(seed: 20_261_201)
        for (year, isCurrent) in [(previous, false), (current, true)] {
            var results: [SatisfactionResult] = []
            for (group, before, now) in groups {
                let respondents = isCurrent ? now : before
                for item in items {
                    let tenths = means[item].map { isCurrent ? $0.1 : $0.0 } ?? 30
                    var counts = [0, 0, 0, 0, 0]
                    for _ in 0..<respondents {
                        let score = SatisfactionModule.demoScore(tenths: tenths, using: &generator)
                        counts[score - 1] += 1
                    }
                    let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
                    results.append(
                        SatisfactionResult(
                            schoolYear: year, source: "lob-peiling", itemID: item, group: group,
                            respondents: respondents, mean: Double(sum) / Double(respondents), distribution: counts))
                }
            }
            let comments = (isCurrent ? SatisfactionModule.currentComments : SatisfactionModule.previousComments).map {
                SatisfactionComment(
                    schoolYear: year, source: "lob-peiling", itemID: $0.item, text: $0.text, isShareable: $0.shareable)
            }
            _ = try store.replaceSatisfactionSource(
                schoolYear: year, source: "lob-peiling", shape: .respondents, results: results, comments: comments)
        }
    }

    /// A score of 1–5 around a mean of `tenths` / 10: the mean's whole part or the next, by its fraction, then
    /// one up or down now and then.
    private static func demoScore(tenths: Int, using generator: inout SeededGenerator) -> Int {
        var score = tenths / 10 + (generator.index(below: 10) < tenths % 10 ? 1 : 0)
        let spread = generator.index(below: 100)
        if spread < 15 { score -= 1 } else if spread >= 85 { score += 1 }
        return min(5, max(1, score))
    }

    private static let previousComments: [(item: String, text: String, shareable: Bool)] = [
        ("", "Ik wist lang niet wat LOB eigenlijk was.", true),
        ("LOB05", "Mijn mentor had bijna nooit tijd voor een gesprek over later.", false),
        ("LOB03", "De open dagen waren nuttig, maar het waren er weinig.", false),
    ]

    private static let currentComments: [(item: String, text: String, shareable: Bool)] = [
        ("LOB05", "Het gesprek met mijn mentor over mijn profielkeuze hielp echt.", true),
        ("LOB03", "De meeloopdag op het ROC was het leukste van dit jaar.", true),
        ("", "Ik zou graag eerder horen welke open dagen er zijn.", true),
        ("LOB08", "Het loopbaandossier invullen voelt als huiswerk.", true),
        ("", "Meneer de Vries van 4B luistert nooit naar wat ik wil.", false),
        ("LOB07", "Ik wist niet dat je je voor 1 april moet aanmelden bij het mbo.", false),
    ]
}
