import Testing

@testable import LOBKit

@MainActor
struct SatisfactionTrendTests {
    @Test func theTrendGivesTheMeanPerSchoolYearWithItsRespondents() throws {
        let school = try SatisfactionTestSchool()
        try school.write("2025.csv", "item,n,gemiddelde\nLOB01,30,3.0\nLOB05,28,2.5\nALG01,30,4.5\n")
        try school.write("2026.csv", "item,n,gemiddelde\nLOB01,32,3.5\nLOB05,8,4.0\nALG01,32,4.0\n")
        try school.test.output("tevredenheid importeer 2025.csv --schooljaar 2025-2026 --bron peiling")
        try school.test.output("tevredenheid importeer 2026.csv --schooljaar 2026-2027 --bron peiling")
        #expect(
            try school.test.output("tevredenheid trend --thema lob")
                == """
                schooljaar   n  gemiddelde  eens  opmerking
                ----------  --  ----------  ----  ---------
                2025-2026   30           3
                2026-2027   32         3.5
                (2 rijen)

                """)
        #expect(
            try school.test.output("tevredenheid trend --item LOB05 | naar csv")
                == "schooljaar,n,gemiddelde,eens,opmerking\n2025-2026,28,2.5,,\n2026-2027,,,,minder dan 10 respondenten\n"
        )
        #expect(
            try school.test.output("tevredenheid trend --item LOB05 --grafiek --minimum 5")
                == """
                Tevredenheid per schooljaar (gemiddelde, 1–5)
                  2025-2026 │████████████████████ 2.5 (n=28)
                  2026-2027 │████████████████████████████████ 4 (n=8)

                """)
    }
}
