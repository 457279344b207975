import Testing

@testable import LOBKit

@MainActor
struct SatisfactionModuleDemoTests {
    @Test func theDemoHasTwoYearsOfLOBAndGeneralItemsWithSmallGroupsAndComments() throws {
        let school = try SatisfactionTestSchool(demo: true)
        let results = try school.results()
        #expect(Set(results.map(\.schoolYear.description)) == ["2025-2026", "2026-2027"])
        #expect(results.count == 2 * 7 * 12)
        #expect(Set(results.map(\.itemID)) == Set(SatisfactionItem.lobQuestionnaire.map(\.id) + ["ALG01", "ALG02"]))
        let small = Set(results.filter { $0.respondents < 10 }.map(\.group))
        #expect(
            small == [SatisfactionGroup(schoolType: .vmboBB, year: 3), SatisfactionGroup(schoolType: .vwo, year: 6)])
        let comments = try school.comments()
        #expect(comments.map(\.isShareable) == [true, false, false, true, true, true, true, false, false])
    }

    @Test func theDemoTrendShowsLOBSatisfactionGoingUp() throws {
        let school = try SatisfactionTestSchool(demo: true)
        #expect(
            try school.test.output("tevredenheid trend --thema lob | kolommen schooljaar n gemiddelde | naar csv")
                == "schooljaar,n,gemiddelde\n2025-2026,113,3\n2026-2027,120,3.3\n")
        #expect(
            try school.test.output("tevredenheid trend --item LOB05 | kolommen gemiddelde | naar csv")
                == "gemiddelde\n3\n3.7\n")
    }

    @Test func theDemoIsTheSameOnEveryRun() throws {
        let first = try SatisfactionTestSchool(demo: true).results()
        let second = try SatisfactionTestSchool(demo: true).results()
        #expect(first == second)
    }
}
