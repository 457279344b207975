import Testing

@testable import LOBKit

@MainActor
struct EvaluationRegisterTests {
    @Test func recordsTheEvaluationAndListsIt() throws {
        let test = try TestSession(demo: false)
        let output = try test.output(
            """
            evaluatie registreer --datum 2026-06-16 --met MR --met leerlingenraad --besluiten "Tevredenheid meten" \
            --data tevredenheid --data doorstroom
            """)
        #expect(
            output == "evaluatie van 2025-2026 vastgelegd: 2026-06-16 met mr, leerlingenraad; "
                + "gegevens: doorstroom, tevredenheid\n")
        try test.output("evaluatie registreer --datum 2026-09-15 --met bestuur --schooljaar 2025-2026 --data scan")
        #expect(
            try test.output("evaluatie lijst | naar csv") == """
                datum,schooljaar,met,gegevens,besluiten
                2026-06-16,2025-2026,"mr, leerlingenraad","doorstroom, tevredenheid",Tevredenheid meten
                2026-09-15,2025-2026,bestuur,scan,

                """)
        #expect(try test.output("evaluatie lijst --schooljaar 2026-2027 | aantal") == "0\n")
    }

    @Test func withoutDataItRecordsWhatTheDatabaseHoldsForThatYear() throws {
        let test = try TestSession(demo: true)
        let result = test.run("evaluatie registreer --datum 2026-11-20 --met mr")
        #expect(result.error == nil)
        #expect(
            result.diagnostics
                == "gegevens uit de database voor 2026-2027: doorstroom, succes, tevredenheid, deelname, gesprekken, "
                + "scan, kwalitatief (geef --data om ze zelf te noemen)\n")
        #expect(
            try test.output("evaluatie lijst --schooljaar 2026-2027 | kolommen gegevens | naar csv")
                == "gegevens\n\"doorstroom, succes, tevredenheid, deelname, gesprekken, scan, kwalitatief\"\n")
        let empty = try TestSession(demo: false)
        #expect(
            try empty.output("evaluatie registreer --datum 2026-11-20 --met mr")
                == "evaluatie van 2026-2027 vastgelegd: 2026-11-20 met mr; gegevens: -\n")
    }

    @Test func theDateAndWithWhomAreRequiredAndTheDateIsNotInTheFuture() throws {
        let test = try TestSession(demo: false)
        let noDate = test.run("evaluatie registreer --met mr")
        #expect(noDate.error?.kind == .usage)
        #expect(noDate.error?.message == Message(.missingArgument, "--datum", "evaluatie registreer"))
        let noParty = test.run("evaluatie registreer --datum 2026-06-16")
        #expect(noParty.error?.message == Message(.missingArgument, "--met", "evaluatie registreer"))
        let future = test.run("evaluatie registreer --datum 2026-12-01 --met mr")
        #expect(future.error?.message == Message(.evaluationDateInFuture, "2026-12-01"))
        #expect(test.run("evaluatie registreer --datum 2026-06-16 --met directie").error?.kind == .usage)
        #expect(try test.output("evaluatie lijst | aantal") == "0\n")
    }
}
