import Testing

@testable import LOBKit

@MainActor
struct ParticipationsWithoutReflectionTests {
    @Test func listsOnlyParticipationsTakenPartInWithoutAnyReflectionField() throws {
        let school = try ParticipationTestSchool()
        try school.test.output(
            """
            deelname registreer STUDIE-4 1001 1002 1003 --datum 2026-09-20
            deelname registreer OD-HAN 1001 --datum 2026-11-14
            deelname registreer OD-HAN 1002 --datum 2026-11-14 --status afwezig
            deelname registreer OD-MBO 1004 --datum 2026-10-10 --status aangemeld
            deelname reflectie STUDIE-4 1002 --vervolgactiviteiten "Meeloopdag plannen"
            """)
        let csv = try school.test.output("deelname zonder-reflectie | naar csv")
        #expect(
            csv == """
                datum,code,activiteit,leerlingnummer,naam,klas,mentor
                2026-09-20,STUDIE-4,Studiekeuzetest,1001,Zoë Jansen,H4A,J. de Vries
                2026-09-20,STUDIE-4,Studiekeuzetest,1003,Eva Kok,H4B,A. Smit
                2026-11-14,OD-HAN,Open dag HAN,1001,Zoë Jansen,H4A,J. de Vries

                """)
        let byMentor = try school.test.output(
            "deelname zonder-reflectie --mentor smit | kolommen leerlingnummer | naar csv")
        #expect(byMentor == "leerlingnummer\n1003\n")
        let byClass = try school.test.output("deelname zonder-reflectie --klas H4A --van 2026-10-01 | naar csv")
        #expect(
            byClass.split(separator: "\n").dropFirst() == [
                "2026-11-14,OD-HAN,Open dag HAN,1001,Zoë Jansen,H4A,J. de Vries"
            ])
        #expect(try school.test.output("deelname zonder-reflectie --mentor niemand | aantal") == "0\n")
    }

    @Test func onTheDemoSchoolItIsTheDecaansListOfReflectionsToDo() throws {
        let test = try TestSession(demo: true)
        let open = try #require(Int(try test.output("deelname zonder-reflectie | aantal").dropLast()))
        let withoutReflection = try #require(
            Int(try test.output("deelname lijst --status deelgenomen | waar reflectie = nee | aantal").dropLast()))
        #expect(open == withoutReflection)
        #expect(open > 0)
    }
}
