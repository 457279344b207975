import Testing

@testable import LOBKit

@MainActor
struct CareerItemDeleteTests {
    @Test func anItemIsRemovedByIdAndAnUnknownIdIsAnError() throws {
        let school = try CareerDocumentTestSchool()
        try school.test.output("dossier item 1001 --soort rol --omschrijving Leerlingenraad --datum 2025-10-01")
        #expect(
            try school.test.output("dossier item-verwijder 1")
                == "item 1 (rol: Leerlingenraad) van leerling 1001 is verwijderd\n")
        #expect(try school.test.output("dossier items | aantal") == "0\n")
        let again = school.test.run("dossier item-verwijder 1")
        #expect(again.error?.message == Message(.dossierUnknownItem, "1"))
    }
}
