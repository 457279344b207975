import Testing

@testable import LOBKit

/// `privacy bewaartermijn`: two years unless the school stores another period.
@MainActor
struct PrivacyRetentionTests {
    @Test func theStandardIsTwoYearsAndAStoredPeriodStays() throws {
        let test = try TestSession()
        #expect(
            try test.output("privacy bewaartermijn")
                == "de bewaartermijn is 2 jaar na vertrek (standaard): privacy opschonen verwijdert de gegevens van wie vóór 2024-11-29 vertrok\n"
        )
        #expect(
            try test.output("privacy bewaartermijn 5")
                == "de bewaartermijn is nu 5 jaar na vertrek: privacy opschonen verwijdert de gegevens van wie vóór 2021-11-29 vertrok\n"
        )
        #expect(
            try test.output("privacy bewaartermijn")
                == "de bewaartermijn is 5 jaar na vertrek (ingesteld door de school): privacy opschonen verwijdert de gegevens van wie vóór 2021-11-29 vertrok\n"
        )
    }

    @Test(arguments: [0, 101, -2])
    func aPeriodOutsideOneToAHundredIsRefused(_ years: Int) throws {
        let test = try TestSession()
        let result = test.run("privacy bewaartermijn \(years)")
        #expect(result.error?.message == Message(.privacyRetentionRange, String(years)))
        #expect(result.error?.kind == .usage)
    }

    @Test func alumniLeaveOnThirtyOneJulyOfTheirCohort() throws {
        let day = try #require(LOBDate(year: 2026, month: 11, day: 29))
        #expect(RetentionPolicy(years: 2, today: day).lastExpiredCohort == 2024)
        let july = try #require(LOBDate(year: 2026, month: 7, day: 31))
        // Left on 31 July 2024 is exactly two years ago: not more than two.
        #expect(RetentionPolicy(years: 2, today: july).lastExpiredCohort == 2023)
        let august = try #require(LOBDate(year: 2026, month: 8, day: 1))
        #expect(RetentionPolicy(years: 2, today: august).lastExpiredCohort == 2024)
    }
}
