import Testing

@testable import LOBKit

@MainActor
struct ReflectionQuotesReportSectionTests {
    @Test func withoutShareableReflectionsItSaysHowToMarkOne() throws {
        let school = try ParticipationTestSchool()
        try school.test.output(
            """
            deelname registreer OD-HAN 1001 --datum 2026-11-14
            deelname reflectie OD-HAN 1001 --evaluatie "Mooi, maar niet voor iedereen"
            """)
        #expect(
            try school.test.sectionMarkdown(ReflectionQuotesReportSection())
                == "# t\n\nVoor 2026-2027 zijn geen reflecties als deelbaar gemarkeerd "
                + "(deelname reflectie CODE NUMMER --deelbaar).\n")
    }

    @Test func quotesOnlyShareableReflectionsWithoutNames() throws {
        let school = try ParticipationTestSchool()
        try school.test.output(
            """
            deelname registreer OD-HAN 1001 1002 1003 --datum 2026-11-14
            deelname reflectie OD-HAN 1001 --evaluatie "Ik, Zoë Jansen, vond het top; zoë wil er heen" --deelbaar
            deelname reflectie OD-HAN 1002 --resultaten "Sem Bos was hier niet (Bosbouw wel)" --deelbaar
            deelname reflectie OD-HAN 1003 --evaluatie "Geheim: Eva wil niet gedeeld worden"
            """)
        let markdown = try school.test.sectionMarkdown(ReflectionQuotesReportSection())
        #expect(
            markdown == """
                # t

                Uit reflecties die de school als deelbaar markeerde, zonder namen:

                - “Ik, [naam], vond het top; [naam] wil er heen” — havo leerjaar 4, Open dag HAN
                - “[naam] was hier niet (Bosbouw wel)” — havo leerjaar 4, Open dag HAN

                """)
        let report = try school.test.output("evaluatie rapport --formaat html")
        #expect(!report.contains("Geheim"))
        #expect(!report.contains("Zoë"))
        #expect(!report.contains("1001"))
        #expect(report.contains("vond het top"))
    }

    @Test func redactsGivenNameSurnameAndInfixAsWholeWords() {
        let student = Student(
            number: "1", givenName: "Ali", infix: "van der", surname: "Berg", className: "H4A", year: 4,
            schoolType: .havo, profile: "", mentor: "", branchID: 1)
        #expect(
            ReflectionQuotesReportSection.redact(
                "ALI van der Berg zag een alinea over Berg en van der berg; Alibaba niet", student: student)
                == "[naam] zag een alinea over [naam] en [naam]; Alibaba niet")
    }
}
