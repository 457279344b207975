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

struct DateArithmeticTests {
    @Test func daysCountAcrossMonthsLeapDaysAndYears() throws {
        let start = try #require(LOBDate(year: 2026, month: 11, day: 29))
        #expect(start.days(until: try #require(LOBDate(year: 2027, month: 4, day: 1))) == 123)
        #expect(try #require(LOBDate(year: 2028, month: 2, day: 28)).adding(days: 1).description == "2028-02-29")
        #expect(try #require(LOBDate(year: 2027, month: 3, day: 1)).adding(days: -1).description == "2027-02-28")
        #expect(try #require(LOBDate(year: 1970, month: 1, day: 1)).dayNumber == 0)
        #expect(LOBDate(dayNumber: start.dayNumber) == start)
    }

    @Test func addingDaysStaysWithinTheYearsADateCanHave() throws {
        let last = try #require(LOBDate(year: 9999, month: 12, day: 31))
        #expect(last.adding(days: 10) == last)
        #expect(try #require(LOBDate(year: 1, month: 1, day: 2)).adding(days: -5).description == "0001-01-01")
    }
}
