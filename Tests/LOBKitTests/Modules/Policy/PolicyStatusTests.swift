import Testing

@testable import LOBKit

@MainActor
struct PolicyStatusTests {
    @Test func onAnEmptyStoreNothingIsInOrder() throws {
        let test = try TestSession(demo: false)
        #expect(
            try test.output("beleid status | kolommen norm in-orde toelichting | naar csv")
                == """
                norm,in-orde,toelichting
                B1,nee,"0 van 7; open: P1, P2, P3, P4, P5, P6, P7"
                B1,nee,geen mr-instemming vastgelegd
                B1,nee,geen leerlingenraad-besproken vastgelegd
                B1,nee,geen in-schoolplan vastgelegd
                B2,nee,geen leerlingen-geinformeerd / gepubliceerd-schoolgids / gepubliceerd-portal vastgelegd
                B2,nee,geen ouders-geinformeerd / gepubliceerd-schoolgids / gepubliceerd-portal vastgelegd
                B2,nee,geen gepubliceerd-schoolgids / gepubliceerd-portal vastgelegd
                B3,nee,geen inspanningsverplichting vastgelegd

                """)
    }

    @Test func theDemoIsInOrderThisYearThroughItsPublication() throws {
        let test = try TestSession(demo: true)
        #expect(try test.output("beleid status | waar in-orde = nee | aantal") == "0\n")
        let parents = try test.output("beleid status | waar punt = \"ouders geïnformeerd\" | kolommen toelichting")
        #expect(parents.contains("via gepubliceerd-schoolgids op 2026-08-28 (geen ouders-geinformeerd vastgelegd)"))
        #expect(
            try test.output("beleid status --schooljaar 2025-2026 | waar in-orde = nee | kolommen norm | naar csv")
                == "norm\nB2\nB2\nB2\n")
    }

    @Test func eventsFromEarlierYearsStillCount() throws {
        let test = try TestSession(demo: false)
        try test.output("beleid gebeurtenis mr-instemming --datum 2024-03-10")
        #expect(
            try test.output("beleid status | waar norm = B1 en in-orde = ja | kolommen toelichting | naar csv")
                == "toelichting\nmr-instemming op 2024-03-10\n")
        #expect(
            try test.output("beleid status --schooljaar 2022-2023 | waar in-orde = ja | aantal") == "0\n")
    }

    @Test func informingParentsDirectlyCountsOnlyForParents() throws {
        let test = try TestSession(demo: false)
        try test.output("beleid gebeurtenis ouders-geinformeerd --datum 2026-09-10")
        #expect(
            try test.output("beleid status | waar norm = B2 | kolommen in-orde | naar csv") == "in-orde\nnee\nja\nnee\n"
        )
        try test.output("beleid gebeurtenis gepubliceerd-portal --datum 2026-09-12")
        #expect(
            try test.output("beleid status | waar norm = B2 | kolommen in-orde toelichting | naar csv")
                == """
                in-orde,toelichting
                ja,via gepubliceerd-portal op 2026-09-12 (geen leerlingen-geinformeerd vastgelegd)
                ja,ouders-geinformeerd op 2026-09-10
                ja,gepubliceerd-portal op 2026-09-12

                """)
    }

    @Test func theQuestionsPointCountsTheAnsweredOnes() throws {
        let test = try TestSession(demo: false)
        for question in ["P1", "P2", "P3", "P4", "P5"] {
            try test.output("beleid beantwoord \(question) Antwoord")
        }
        #expect(
            try test.output("beleid status | eerste 1 | kolommen in-orde toelichting | naar csv")
                == "in-orde,toelichting\nnee,\"5 van 7; open: P6, P7\"\n")
    }

    @Test func pointsAreInTheSessionLanguage() throws {
        let test = try TestSession(demo: true, language: .english)
        #expect(
            try test.output("policy status | first 1 | to csv")
                == "norm,punt,in-orde,toelichting\nB1,the seven policy questions answered,ja,7 of 7\n")
    }
}
