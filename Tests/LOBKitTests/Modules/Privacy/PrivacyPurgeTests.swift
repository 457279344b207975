import Testing

@testable import LOBKit

/// `privacy opschonen`: a dry run by default; `--uitvoeren` removes departed students with everything that
/// refers to them and strips the number from old doorstroom records, keeping the figures, and logs it.
@MainActor
struct PrivacyPurgeTests {
    @Test func theDryRunShowsPerStudentAndTableAndRemovesNothing() throws {
        let test = try TestSession()
        try test.output("leerling vertrek 1042 --datum 2023-07-31")
        let result = test.run("privacy opschonen | waar leerlingnummer = 1042")
        #expect(
            result.output == """
                leerlingnummer  vertrokken  tabel              rijen
                --------------  ----------  -----------------  -----
                1042            2023-07-31  leerling               1
                1042            2023-07-31  gesprek                1
                1042            2023-07-31  gesprek_afspraak       2
                1042            2023-07-31  gesprek_deelnemer      2
                (4 rijen)

                """)
        #expect(
            result.diagnostics
                == "droog: er is niets verwijderd; met --uitvoeren gaan 147 rijen van 142 leerlingen weg die langer dan 2 jaar geleden (vóór 2024-11-29) vertrokken\n"
        )
        #expect(try test.output("sql \"select count(*) as n from leerling\"") == "  n\n---\n787\n(1 rij)\n")
        #expect(try test.output("privacy log | aantal") == "0\n")
    }

    @Test func aStudentWhoLeftRecentlyStays() throws {
        let test = try TestSession()
        try test.output("leerling vertrek 1042 --datum 2025-07-31")
        #expect(try test.output("privacy opschonen | waar leerlingnummer = 1042 | aantal") == "0\n")
    }

    @Test func executingRemovesTheStudentAnonymizesOldAlumniAndKeepsTheFigures() throws {
        let test = try TestSession()
        try test.output("zet door decaan\nleerling vertrek 1042 --datum 2023-07-31")
        let before = try test.output("doorstroom overzicht --cohort 2024")
        let alumni = "sql \"select count(*) as n from doorstroom_leerling where leerlingnummer like 'anoniem-%'\""
        #expect(try test.output(alumni) == "n\n-\n0\n(1 rij)\n")
        let result = test.run("privacy opschonen --uitvoeren | aantal")
        #expect(
            result.diagnostics
                == "147 rijen van 142 leerlingen verwijderd of geanonimiseerd; vastgelegd in privacy log\n")
        #expect(try test.output("sql \"select count(*) as n from leerling\"") == "  n\n---\n786\n(1 rij)\n")
        #expect(try test.output("sql \"select count(*) as n from gesprek\"").contains("1042") == false)
        #expect(try test.output(alumni) == "  n\n---\n141\n(1 rij)\n")
        // The doorstroom figures are the same numbers without the names.
        #expect(try test.output("doorstroom overzicht --cohort 2024") == before)
        #expect(
            try test.output("privacy log | kolommen door soort wat aantal")
                == """
                door    soort      wat                                                               aantal
                ------  ---------  ----------------------------------------------------------------  ------
                decaan  opschonen  bewaartermijn 2 jaar, vertrokken voor 2024-11-29: 142 leerlingen     147
                (1 rij)

                """)
        // A second run finds nothing left.
        let again = test.run("privacy opschonen")
        #expect(
            again.diagnostics
                == "niets op te schonen: de database bewaart geen gegevens van leerlingen die langer dan 2 jaar geleden (vóór 2024-11-29) vertrokken\n"
        )
    }

    @Test func droogAndUitvoerenTogetherAreRefused() throws {
        let test = try TestSession()
        #expect(test.run("privacy opschonen --droog --uitvoeren").error?.message == Message(.privacyDryOrExecute))
    }
}
