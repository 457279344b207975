import Testing

@testable import LOBKit

@MainActor
struct CareerItemListTests {
    @Test func itemsAreListedByDateForOneStudentOrThePipeline() throws {
        let school = try CareerDocumentTestSchool()
        try school.test.output(
            """
            dossier item 1001 --soort certificaat --omschrijving EHBO --datum 2026-05-01
            dossier item 1003 --soort stage --omschrijving Dierenarts --datum 2026-03-01
            dossier item 1001 --soort rol --omschrijving Leerlingenraad --datum 2025-10-01
            """)
        #expect(
            try school.test.output("dossier items | kolommen leerlingnummer omschrijving | naar csv")
                == "leerlingnummer,omschrijving\n1001,Leerlingenraad\n1003,Dierenarts\n1001,EHBO\n")
        #expect(try school.test.output("dossier items 1001 | aantal") == "2\n")
        #expect(
            try school.test.output("leerling lijst --klas H4B | dossier items | kolommen omschrijving | naar csv")
                == "omschrijving\nDierenarts\n")
        #expect(try school.test.output("leerling lijst --klas T3A | dossier items | aantal") == "0\n")
    }
}
