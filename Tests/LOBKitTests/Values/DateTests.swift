import Testing

@testable import LOBKit

struct DateTests {
    @Test(arguments: [
        ("2026-09-01", "2026-09-01"), ("1-9-2026", "2026-09-01"), ("29-02-2024", "2024-02-29"),
        ("01/10/2025", "2025-10-01"),
    ])
    func bothIsoAndDutchDatesParse(_ text: String, _ iso: String) {
        #expect(LOBDate(parsing: text)?.description == iso)
    }

    @Test(arguments: ["31-4-2026", "29-2-2025", "2026-13-01", "1-9-26", "morgen", "", "1--2026", "99999-1-1"])
    func impossibleDatesAreRefused(_ text: String) {
        #expect(LOBDate(parsing: text) == nil)
    }

    @Test func aSchoolYearRunsFromAugustToJuly() {
        #expect(LOBDate(year: 2026, month: 7, day: 31)?.schoolYear.description == "2025-2026")
        #expect(LOBDate(year: 2026, month: 8, day: 1)?.schoolYear.description == "2026-2027")
    }

    @Test func schoolYearsMustBeConsecutive() {
        #expect(SchoolYear(parsing: "2025-2026")?.startYear == 2025)
        #expect(SchoolYear(parsing: "2025-2027") == nil)
        #expect(SchoolYear(parsing: "25-26") == nil)
    }
}
