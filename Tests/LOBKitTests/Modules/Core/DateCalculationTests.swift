import Testing

@testable import LOBKit

@MainActor
struct DateCalculationTests {
    @Test(arguments: [
        ("datum 2026-11-29 min 6 weken", "2026-10-18\n"),
        ("datum 2026-11-29 plus 3 dagen", "2026-12-02\n"),
        ("datum 31-1-2028 plus 1 maand", "2028-02-29\n"),
        ("datum 2026-03-31 min 1 maand", "2026-02-28\n"),
        ("datum 2026-11-29 minus 2 years", "2024-11-29\n"),
        ("datum", "2026-11-29\n"),
        ("zet vandaag 2027-01-10; datum $vandaag min 0 dagen", "2027-01-10\n"),
    ])
    func countsFromADate(_ line: String, _ expected: String) throws {
        #expect(try TestSession(demo: false).output(line) == expected)
    }

    @Test func aDirectionNeedsAnAmountAndAUnit() throws {
        let test = try TestSession(demo: false)
        #expect(test.run("datum 2026-11-29 min").error?.message == Message(.dateNeedsAmountAndUnit, "min"))
        #expect(test.run("datum 2026-11-29 min 6").error?.message == Message(.dateNeedsAmountAndUnit, "min"))
        #expect(
            test.run("datum 2026-11-29 min 9999999999 weken").error?.message
                == Message(.dateAmountRange, "9999999999"))
    }
}
