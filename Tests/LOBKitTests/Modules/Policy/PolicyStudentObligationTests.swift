import Testing

@testable import LOBKit

@MainActor
struct PolicyStudentObligationTests {
    @Test func withoutOneRecordedItSaysSo() throws {
        let test = try TestSession(demo: false)
        let result = test.run("beleid inspanningsverplichting")
        #expect(result.error == nil)
        #expect(result.output == Message(.policyObligationNone, "2026-2027").text(.dutch) + "\n")
    }

    @Test func theLatestTextHoldsAndEarlierYearsKeepTheirs() throws {
        let test = try TestSession(demo: false)
        #expect(
            try test.output("beleid inspanningsverplichting Twee gesprekken per jaar --schooljaar 2025-2026 --door X")
                == "inspanningsverplichting vastgelegd voor 2025-2026\n")
        #expect(
            try test.output("beleid inspanningsverplichting")
                == "Twee gesprekken per jaar\n(schooljaar 2025-2026, vastgelegd op 2026-11-29 door X)\n")
        try test.output("beleid inspanningsverplichting \"Twee gesprekken en een meeloopdag\" --door Y")
        try test.output("beleid inspanningsverplichting \"Twee gesprekken, een meeloopdag en het dossier\" --door Z")
        #expect(
            try test.output("beleid inspanningsverplichting")
                == "Twee gesprekken, een meeloopdag en het dossier\n(schooljaar 2026-2027, vastgelegd op 2026-11-29 door Z)\n"
        )
        #expect(
            try test.output("beleid inspanningsverplichting --schooljaar 2025-2026").hasPrefix(
                "Twee gesprekken per jaar\n"))
    }

    @Test func anEmptyTextIsRefused() throws {
        let test = try TestSession(demo: false)
        #expect(test.run("beleid inspanningsverplichting \"\"").error?.message == Message(.policyEmptyText, "TEKST"))
        #expect(try test.output("beleid status | waar norm = B3 | kolommen in-orde | naar csv") == "in-orde\nnee\n")
    }
}
