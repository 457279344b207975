import Testing

@testable import LOBKit

/// `verplichting check NUMMER`: a student's own view in words, in Dutch and in English.
@MainActor
struct ObligationStudentViewTests {
    private func school(_ language: UILanguage = .dutch) throws -> ObligationTestSchool {
        let school = try ObligationTestSchool(language: language)
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 2")
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --activiteit OUDL-5H")
        try school.participated("5001", "OD-A", on: "2026-10-10")
        return school
    }

    @Test func theStudentReadsWhatIsDoneAndWhatIsStillToDo() throws {
        let school = try school()
        #expect(
            try school.output("verplichting check 5001") == """
                Inspanningsverplichting van Anna de Wit (H5A)
                =============================================

                Schooljaar 2026-2027, havo leerjaar 5, stand op 2026-11-29.

                Je hebt 1 van de 2 open dagen gedaan. Nog te doen: nog 1 open dag, en de oud-leerlingenavond (OUDL-5H). Je ligt op schema.

                Wat meetelt
                -----------

                  - 2026-10-10  Open dag Hogeschool A (OD-A)

                """)
    }

    @Test func inEnglish() throws {
        let school = try school(.english)
        let text = try school.output("obligation check 5001")
        #expect(text.hasPrefix("Inspanningsverplichting of Anna de Wit (H5A)\n"))
        #expect(
            text.contains(
                "You have done 1 of the 2 open days. Still to do: 1 more open day, and the alumni evening (OUDL-5H). You are on track."
            ))
    }

    @Test func behindEverythingAndThePolicyText() throws {
        let school = try school()
        try school.output("beleid inspanningsverplichting Elke leerling bezoekt twee open dagen")
        let text = try school.output("verplichting check 5002 --peildatum 2027-05-01")
        #expect(
            text.contains(
                "Je hebt 0 van de 2 open dagen gedaan. Nog te doen: nog 2 open dagen, en de oud-leerlingenavond (OUDL-5H). Je loopt achter: spreek met je mentor of de decaan af wanneer je dit inhaalt."
            ))
        #expect(text.contains("Nog niets dit schooljaar."))
        #expect(
            text.hasSuffix(
                "Wat de school van je vraagt\n---------------------------\n\nElke leerling bezoekt twee open dagen\n"))
    }

    @Test func everythingDone() throws {
        let school = try school()
        try school.participated("5001", "OD-B", on: "2026-11-01")
        try school.participated("5001", "OUDL-5H", on: "2026-11-02")
        let text = try school.output("verplichting check 5001")
        #expect(
            text.contains(
                "Je hebt 2 van de 2 open dagen gedaan. Je hebt de oud-leerlingenavond (OUDL-5H) gedaan. Je hebt alles gedaan wat de school dit schooljaar van je vraagt.\n"
            ))
        #expect(
            text.contains(
                "  - 2026-10-10  Open dag Hogeschool A (OD-A)\n  - 2026-11-01  Open dag Hogeschool B (OD-B)\n  - 2026-11-02  Oud-leerlingenavond havo (OUDL-5H)\n"
            ))
    }

    @Test func aMinimumOfOneAndACompetencyReadNaturally() throws {
        let school = try ObligationTestSchool()
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort proefstuderen --minimaal 1")
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --competentie netwerken --minimaal 1")
        try school.participated("5001", "PROEF-5H", on: "2026-10-10")
        #expect(
            try school.output("verplichting check 5001").contains(
                "Je hebt een proefstudeerdag gedaan. Nog te doen: nog 1 activiteit voor netwerken. Je ligt op schema."))
    }

    @Test func aStudentWithoutRulesIsToldSo() throws {
        let school = try school()
        #expect(
            try school.output("verplichting check 4002").contains(
                "De school heeft voor havo leerjaar 4 geen regels vastgelegd."))
    }
}
