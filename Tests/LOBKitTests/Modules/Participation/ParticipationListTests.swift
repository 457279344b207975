import Testing

@testable import LOBKit

@MainActor
struct ParticipationListTests {
    /// Five participations of four students in three activities.
    private func school() throws -> ParticipationTestSchool {
        let school = try ParticipationTestSchool()
        try school.test.output(
            """
            deelname registreer OD-HAN 1001 1003 --datum 2026-11-14
            deelname registreer STUDIE-4 1001 1002 --datum 2026-09-20
            deelname registreer OD-MBO 1004 --datum 2026-10-10 --status afwezig
            deelname reflectie OD-HAN 1001 --resultaten "Bouwkunde bekeken" --deelbaar
            """)
        return school
    }

    @Test func listsEveryParticipationByDateWithItsStudentAndWhetherItHasAReflection() throws {
        let csv = try school().test.output("deelname lijst | naar csv")
        #expect(
            csv == """
                datum,code,activiteit,leerlingnummer,naam,klas,status,reflectie,deelbaar
                2026-09-20,STUDIE-4,Studiekeuzetest,1002,Sem Bos,H4A,deelgenomen,nee,nee
                2026-09-20,STUDIE-4,Studiekeuzetest,1001,Zoë Jansen,H4A,deelgenomen,nee,nee
                2026-10-10,OD-MBO,Open dag mbo,1004,Daan Vos,T3A,afwezig,nee,nee
                2026-11-14,OD-HAN,Open dag HAN,1001,Zoë Jansen,H4A,deelgenomen,ja,ja
                2026-11-14,OD-HAN,Open dag HAN,1003,Eva Kok,H4B,deelgenomen,nee,nee

                """)
    }

    @Test(arguments: [
        ("--leerling 1001", ["STUDIE-4 1001", "OD-HAN 1001"]),
        ("--activiteit od-han", ["OD-HAN 1001", "OD-HAN 1003"]),
        ("--klas h4a", ["STUDIE-4 1002", "STUDIE-4 1001", "OD-HAN 1001"]),
        ("--van 2026-10-10", ["OD-MBO 1004", "OD-HAN 1001", "OD-HAN 1003"]),
        ("--tot 10-10-2026", ["STUDIE-4 1002", "STUDIE-4 1001", "OD-MBO 1004"]),
        ("--van 2026-10-01 --tot 2026-10-31", ["OD-MBO 1004"]),
        ("--status afwezig", ["OD-MBO 1004"]),
        ("--klas H4A --activiteit OD-HAN", ["OD-HAN 1001"]),
        ("--leerling 1004 --klas H4A", []),
    ])
    func filters(_ flags: String, _ expected: [String]) throws {
        let csv = try school().test.output("deelname lijst \(flags) | kolommen code leerlingnummer | naar csv")
        #expect(csv.split(separator: "\n").dropFirst().map { $0.replacingOccurrences(of: ",", with: " ") } == expected)
    }

    @Test func aPipedTableNarrowsTheListToItsStudents() throws {
        let test = try school().test
        let csv = try test.output(
            "leerling lijst --klas H4B | deelname lijst | kolommen code leerlingnummer | naar csv")
        #expect(csv == "code,leerlingnummer\nOD-HAN,1003\n")
        let record = try test.output("leerling toon 1002 | deelname lijst | aantal")
        #expect(record == "1\n")
        #expect(try test.output("leerling lijst --klas X9Z | deelname lijst | aantal") == "0\n")
    }

    @Test func unknownValuesAndAReversedPeriodAreErrors() throws {
        let test = try school().test
        #expect(
            test.run("deelname lijst --activiteit OD-HNA").error?.message
                == Message(.participationUnknownActivitySuggest, "OD-HNA", "OD-HAN"))
        #expect(test.run("deelname lijst --leerling 1009").error?.kind == .failed)
        #expect(
            test.run("deelname lijst --van 2026-11-01 --tot 2026-10-01").error?.message
                == Message(.participationDatesReversed, "2026-11-01", "2026-10-01"))
    }
}
