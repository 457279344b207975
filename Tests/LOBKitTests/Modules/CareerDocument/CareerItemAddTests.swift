import Testing

@testable import LOBKit

@MainActor
struct CareerItemAddTests {
    @Test func anItemIsAddedWithItsKindDateAndEvidence() throws {
        let school = try CareerDocumentTestSchool()
        let added = try school.test.output(
            "dossier item 1001 --soort rol --omschrijving \"Lid van de leerlingenraad\" --datum 15-9-2026 --bewijs brief.pdf"
        )
        #expect(added == "item 1 toegevoegd aan het dossier van Zoë Jansen (1001): rol, Lid van de leerlingenraad\n")
        #expect(
            try school.test.output("dossier items 1001 | kolommen datum soort omschrijving bewijs | naar csv")
                == "datum,soort,omschrijving,bewijs\n2026-09-15,rol,Lid van de leerlingenraad,brief.pdf\n")
    }

    @Test func theDateDefaultsToToday() throws {
        let school = try CareerDocumentTestSchool()
        try school.test.output("dossier item 1002 --soort certificaat --omschrijving EHBO")
        #expect(try school.test.output("dossier items 1002 | kolommen datum | naar csv") == "datum\n2026-11-29\n")
    }

    @Test(arguments: [
        ("dossier item 1001 --soort rol", MessageKey.missingArgument),
        ("dossier item 1001 --omschrijving Iets", .missingArgument),
        ("dossier item 1001 --soort rol --omschrijving \"  \"", .dossierEmptyDescription),
        ("dossier item 1001 --soort rol --omschrijving Iets --datum 2026-11-30", .dossierFutureDate),
        ("dossier item 1001 --soort hobby --omschrijving Iets", .unknownChoice),
    ])
    func badItemsAreRefusedAndChangeNothing(_ line: String, _ key: MessageKey) throws {
        let school = try CareerDocumentTestSchool()
        let result = school.test.run(line)
        #expect(result.error?.kind == .usage)
        #expect(result.error?.message.key == key, "\(result.diagnostics)")
        #expect(try school.test.output("dossier items | aantal") == "0\n")
    }

    @Test func anUnknownStudentIsNamedWithTheNearestNumber() throws {
        let school = try CareerDocumentTestSchool()
        let result = school.test.run("dossier item 1011 --soort rol --omschrijving Iets")
        #expect(result.error?.kind == .failed)
        #expect(
            result.diagnostics.contains("er is geen leerling met nummer 1011 (bedoelde je 1001 (Zoë Jansen, H4A)?)"))
    }
}
