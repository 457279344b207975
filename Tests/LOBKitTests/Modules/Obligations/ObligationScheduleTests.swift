import Testing

@testable import LOBKit

struct ObligationScheduleTests {
    @Test(arguments: [
        ("2026-08-01", 2, 0), ("2026-10-30", 2, 0), ("2026-10-31", 2, 1), ("2027-01-29", 1, 0),
        ("2027-01-30", 1, 1), ("2027-04-30", 2, 1), ("2027-05-01", 2, 2), ("2027-07-30", 2, 2), ("2027-07-30", 3, 3),
        ("2027-07-31", 1, 1),
        ("2027-07-31", 4, 4), ("2026-08-01", 1, 0),
    ])
    func whatIsDueGrowsWithTheSchoolYear(_ date: String, _ required: Int, _ due: Int) throws {
        let day = try #require(LOBDate(parsing: date))
        #expect(ObligationSchedule.due(required, on: day) == due)
    }

    @Test func dayNumbersCountFromTheEpoch() throws {
        #expect(ObligationSchedule.dayNumber(try #require(LOBDate(year: 1970, month: 1, day: 1))) == 0)
        #expect(ObligationSchedule.dayNumber(try #require(LOBDate(year: 2000, month: 3, day: 1))) == 11_017)
        let leapYear = try #require(LOBDate(year: 2028, month: 2, day: 29))
        let dayAfter = try #require(LOBDate(year: 2028, month: 3, day: 1))
        #expect(ObligationSchedule.dayNumber(dayAfter) - ObligationSchedule.dayNumber(leapYear) == 1)
    }
}
