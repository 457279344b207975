import Testing

@testable import LOBKit

@MainActor
struct ParticipationImportTests {
    @Test func importsParticipationsWithTheirReflections() throws {
        let school = try ParticipationTestSchool()
        let path = try ParticipationTestSchool.write(
            """
            Code;Leerlingnummer;Datum;Status;Beoogde doelen;Resultaten;Evaluatie;Vervolgactiviteiten\r
            OD-HAN;1001;14-11-2026;;Sfeer proeven;"Twee proefcolleges; bouwkunde";Leuk;Meeloopdag\r
            studie-4;1002;2026-09-20;Afwezig;;;;\r

            """)
        #expect(
            try school.test.output("deelname importeer \(path)")
                == "2 deelnames ingelezen: 2 nieuw, 0 bijgewerkt, 0 overgeslagen\n")
        #expect(
            try school.participations() == [
                Participation(
                    activityCode: "STUDIE-4", studentNumber: "1002",
                    date: try ParticipationTestSchool.date("2026-09-20"),
                    status: .absent),
                Participation(
                    activityCode: "OD-HAN", studentNumber: "1001", date: try ParticipationTestSchool.date("2026-11-14"),
                    status: .participated, intendedGoals: "Sfeer proeven", results: "Twee proefcolleges; bouwkunde",
                    evaluation: "Leuk", followUp: "Meeloopdag"),
            ])
    }

    @Test func aBadRowFailsTheWholeImportListingEveryBadRowByLine() throws {
        let school = try ParticipationTestSchool()
        let path = try ParticipationTestSchool.write(
            """
            code,leerlingnummer,datum,status
            OD-HAN,1001,2026-11-14,deelgenomen
            OD-HNA,1002,2026-11-14,
            OD-HAN,1O03,2026-11-14,
            OD-HAN,1003,31-11-2026,
            OD-HAN,1003,2026-11-14,weg
            od-han,1001,14-11-2026,
            OD-HAN,1003
            ,1003,2026-11-14,

            """)
        let result = school.test.run("deelname importeer \(path)")
        #expect(result.error?.kind == .data)
        #expect(result.error?.message == Message(.importFailed, path, "7"))
        for line in [
            "\(path):3: er is geen activiteit met code 'OD-HNA' (bedoelde je 'OD-HAN'?)",
            "\(path):4: er is geen leerling met nummer 1O03 (bedoelde je 1003 (Eva Kok, H4B)?)",
            "\(path):5: '31-11-2026' is geen datum zoals 2026-09-01 of 1-9-2026",
            "\(path):6: onbekende status 'weg' (bekend: aangemeld, deelgenomen, afwezig)",
            "\(path):7: dezelfde deelname (activiteit, leerling, datum) staat ook op regel 2",
            "\(path):8: 2 velden, de kopregel heeft er 4",
            "\(path):9: code ontbreekt",
        ] {
            #expect(result.diagnostics.contains(line), "\(line)")
        }
        #expect(try school.participations().isEmpty)
    }

    @Test func skippingErrorsImportsTheGoodRowsAndListsTheBadOnes() throws {
        let school = try ParticipationTestSchool()
        let path = try ParticipationTestSchool.write(
            "code,leerlingnummer,datum\nOD-HAN,1001,2026-11-14\nOD-HAN,9999,2026-11-14\nOD-MBO,1004,2026-10-10\n")
        let result = school.test.run("deelname importeer \(path) --sla-fouten-over")
        #expect(result.error == nil)
        #expect(result.output == "2 deelnames ingelezen: 2 nieuw, 0 bijgewerkt, 1 overgeslagen\n")
        #expect(result.diagnostics == "\(path):3: er is geen leerling met nummer 9999\n")
        #expect(try school.participations().map(\.studentNumber) == ["1004", "1001"])
    }

    @Test func reImportingUpdatesWithoutDoublingAndEmptyCellsEraseNothing() throws {
        let school = try ParticipationTestSchool()
        try school.test.output("deelname registreer OD-HAN 1001 --datum 2026-11-14 --status afwezig")
        try school.test.output("deelname reflectie OD-HAN 1001 --beoogde-doelen \"Sfeer proeven\"")
        let path = try ParticipationTestSchool.write(
            "code,leerlingnummer,datum,status,resultaten,evaluatie\nOD-HAN,1001,2026-11-14,,Proefcollege,\n")
        #expect(
            try school.test.output("deelname importeer \(path)")
                == "1 deelnames ingelezen: 0 nieuw, 1 bijgewerkt, 0 overgeslagen\n")
        let participation = try #require(try school.participations().first)
        #expect(try school.participations().count == 1)
        #expect(participation.status == .absent)
        #expect(participation.intendedGoals == "Sfeer proeven")
        #expect(participation.results == "Proefcollege")
    }

    @Test func aColumnCanBeMappedAndAnExportedListReadsBack() throws {
        let school = try ParticipationTestSchool()
        let path = try ParticipationTestSchool.write("Wanneer,Activiteit,llnr\n2026-11-14,Open dag HAN,1003\n")
        #expect(school.test.run("deelname importeer \(path)").error?.kind == .data)
        try school.test.output("deelname importeer \(path) --kolom datum=Wanneer")
        #expect(try school.participations().map(\.activityCode) == ["OD-HAN"])

        let export = try ParticipationTestSchool.write("", suffix: ".csv")
        try school.test.output("deelname registreer STUDIE-4 1001 1002 --datum 2026-09-20")
        try school.test.output("deelname lijst > \(export)")
        #expect(
            try school.test.output("deelname importeer \(export)")
                == "3 deelnames ingelezen: 0 nieuw, 3 bijgewerkt, 0 overgeslagen\n")
        #expect(try school.participations().count == 3)
    }

    @Test func rowsOutsideTheActivitysAudienceAreImportedWithANotice() throws {
        let school = try ParticipationTestSchool()
        let path = try ParticipationTestSchool.write(
            "code,leerlingnummer,datum\nOD-HAN,1001,2026-11-14\nOD-HAN,1004,2026-11-14\n")
        let result = school.test.run("deelname importeer \(path)")
        #expect(result.error == nil)
        #expect(
            result.diagnostics
                == "let op: in 1 rij(en) is de activiteit niet bedoeld voor het schooltype en leerjaar van de leerling (regel 3)\n"
        )
        #expect(try school.participations().count == 2)
    }
}
