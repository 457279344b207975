import Testing

@testable import LOBKit

@MainActor
struct PolicyEventTests {
    @Test func eventsAreListedInTheSchoolYearTheirDateFallsIn() throws {
        let test = try TestSession(demo: false)
        #expect(
            try test.output("beleid gebeurtenis in-schoolplan --datum 31-7-2026 --verwijzing \"Schoolplan H4\"")
                == "in-schoolplan op 2026-07-31 vastgelegd (schooljaar 2025-2026)\n")
        try test.output("beleid gebeurtenis gepubliceerd-portal --datum 2026-08-01")
        try test.output("beleid gebeurtenis mr-instemming --datum 2026-03-10")
        #expect(
            try test.output("beleid gebeurtenissen --schooljaar 2025-2026 | naar csv")
                == "datum,soort,verwijzing\n2026-03-10,mr-instemming,\n2026-07-31,in-schoolplan,Schoolplan H4\n")
        #expect(
            try test.output("beleid gebeurtenissen | naar csv")
                == "datum,soort,verwijzing\n2026-08-01,gepubliceerd-portal,\n"
        )
    }

    @Test func anImpossibleDateIsRefusedAndNothingIsWritten() throws {
        let test = try TestSession(demo: false)
        let result = test.run("beleid gebeurtenis mr-instemming --datum 31-02-2026")
        #expect(result.error?.kind == .usage)
        #expect(result.error?.message == Message(.expectedDate, "--datum", "31-02-2026"))
        #expect(try test.output("beleid gebeurtenissen --schooljaar 2025-2026 | aantal") == "0\n")
        #expect(try test.output("beleid status | waar in-orde = ja | aantal") == "0\n")
    }

    @Test func theDateIsRequiredAndTheKindIsAChoice() throws {
        let test = try TestSession(demo: false)
        #expect(
            test.run("beleid gebeurtenis mr-instemming").error?.message
                == Message(.policyFlagRequired, "--datum", "beleid gebeurtenis"))
        #expect(
            test.run("beleid gebeurtenis mr-instemmin --datum 2026-03-10").error?.message
                == Message(
                    .unknownChoiceSuggestList, "mr-instemmin", "soort", "mr-instemming",
                    PolicyEventKind.allCases.map(\.rawValue).joined(separator: ", ")))
    }

    @Test func theSameEventTwiceIsKeptOnce() throws {
        let test = try TestSession(demo: false)
        try test.output("beleid gebeurtenis ouders-geinformeerd --datum 2026-09-10 --verwijzing Ouderavond")
        #expect(
            try test.output("beleid gebeurtenis ouders-geinformeerd --datum 2026-09-10 --verwijzing Ouderavond")
                == "ouders-geinformeerd op 2026-09-10 stond al vastgelegd (schooljaar 2026-2027)\n")
        try test.output("beleid gebeurtenis ouders-geinformeerd --datum 2026-09-10 --verwijzing \"Tweede ouderavond\"")
        #expect(try test.output("beleid gebeurtenissen | aantal") == "2\n")
    }

    @Test func theDemoHasNoParentsInformedEvent() throws {
        let test = try TestSession(demo: true)
        #expect(
            try test.output("beleid gebeurtenissen --schooljaar 2025-2026 | kolommen soort | naar csv")
                == "soort\nleerlingenraad-besproken\nmr-instemming\nin-schoolplan\n")
        #expect(
            try test.output("beleid gebeurtenissen | kolommen datum soort | naar csv")
                == "datum,soort\n2026-08-28,gepubliceerd-schoolgids\n")
    }
}
